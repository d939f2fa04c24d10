import { useAction } from '../../operations/hooks/useAction';
import { MySurveysQuery, SubmitSurveyResponseMutation } from '../graphql/surveys';
import { answersToSend, type AnswerState, type FormQuestion } from '../survey-form';

/** The respondent sends the whole response once: answers whether it was stored. */
export function useSubmitSurveyResponse(surveyId: string) {
  const { run, loading, failure } = useAction(SubmitSurveyResponseMutation, { refetchQueries: [MySurveysQuery] });

  async function submit(questions: readonly FormQuestion[], state: AnswerState) {
    const data = await run({ input: { surveyId, answers: answersToSend(questions, state) } });
    return !!data?.submitSurveyResponse.id;
  }

  return { submit, submitting: loading, failure };
}
