import { useAction } from '../../operations/hooks/useAction';
import { SubmitSurveyByLinkMutation } from '../graphql/survey-links';
import { answersToSend, type AnswerState, type FormQuestion } from '../survey-form';

/** A stakeholder sends the response of their one-time link (no account): answers whether it was stored. */
export function useSubmitSurveyByLink(token: string) {
  const { run, loading, failure } = useAction(SubmitSurveyByLinkMutation);

  async function submit(questions: readonly FormQuestion[], state: AnswerState) {
    const data = await run({ input: { token, answers: answersToSend(questions, state) } });
    return !!data?.submitSurveyByLink.id;
  }

  return { submit, submitting: loading, failure };
}
