import { useAction } from '../../operations/hooks/useAction';
import {
  AddTrainerQuestionMutation,
  RemoveTrainerQuestionMutation,
  SurveyQuery,
  SurveyResultsQuery,
  UpdateTrainerQuestionMutation,
} from '../graphql/surveys';

/** The trainer's form: the type, the text per language, and (SINGLE, MULTI) one English option per line. */
export interface TrainerQuestionDraft {
  type: string;
  texts: Record<string, string>;
  required: boolean;
  options: string;
}

type QuestionType = 'LIKERT_5' | 'SCALE_0_10' | 'SINGLE' | 'MULTI' | 'TEXT';

function contentOf(d: TrainerQuestionDraft) {
  const choice = d.type === 'SINGLE' || d.type === 'MULTI';
  return {
    type: d.type as QuestionType,
    text: Object.entries(d.texts)
      .filter(([, text]) => text.trim())
      .map(([language, text]) => ({ language, text })),
    required: d.required,
    options: choice
      ? d.options
          .split('\n')
          .map((o) => o.trim())
          .filter(Boolean)
          .map((text) => ({ text: [{ language: 'en', text }] }))
      : [],
  };
}

/** Adds, changes and removes the trainer's own questions of one survey (the survey is read again). */
export function useTrainerQuestions(surveyId: string) {
  const options = { refetchQueries: [SurveyQuery, SurveyResultsQuery], awaitRefetchQueries: true };
  const adding = useAction(AddTrainerQuestionMutation, options);
  const updating = useAction(UpdateTrainerQuestionMutation, options);
  const removing = useAction(RemoveTrainerQuestionMutation, options);

  return {
    add: async (d: TrainerQuestionDraft) => !!(await adding.run({ input: { surveyId, ...contentOf(d) } })),
    update: async (questionId: string, d: TrainerQuestionDraft) =>
      !!(await updating.run({ input: { questionId, ...contentOf(d) } })),
    remove: async (questionId: string) => !!(await removing.run({ input: { questionId } })),
    busy: adding.loading || updating.loading || removing.loading,
    failure: adding.failure ?? updating.failure ?? removing.failure,
  };
}
