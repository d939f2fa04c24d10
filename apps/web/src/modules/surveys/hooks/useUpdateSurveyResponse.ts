import { useAction } from '../../operations/hooks/useAction';
import { MySurveyDraftQuery, UpdateSurveyResponseMutation } from '../graphql/surveys';
import { answersToSend, type AnswerState, type FormQuestion } from '../survey-form';

/** Changes one's submitted response, where the survey allows it until it closes. */
export function useUpdateSurveyResponse(surveyId: string) {
  const { run, loading, failure } = useAction(UpdateSurveyResponseMutation, { refetchQueries: [MySurveyDraftQuery] });

  async function update(questions: readonly FormQuestion[], state: AnswerState) {
    const data = await run({ input: { surveyId, answers: answersToSend(questions, state) } });
    return !!data?.updateSurveyResponse.id;
  }

  return { update, updating: loading, failure };
}
