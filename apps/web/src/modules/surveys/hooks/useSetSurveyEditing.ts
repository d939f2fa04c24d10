import { useAction } from '../../operations/hooks/useAction';
import { SetSurveyEditingMutation } from '../graphql/surveys';

/** A manager of the survey lets respondents change their response until it closes (never ANONYMOUS). */
export function useSetSurveyEditing(surveyId: string) {
  const { run, loading, failure } = useAction(SetSurveyEditingMutation);

  async function setEditing(allowEditUntilClose: boolean) {
    return !!(await run({ input: { surveyId, allowEditUntilClose } }));
  }

  return { setEditing, saving: loading, failure };
}
