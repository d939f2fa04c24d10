import { useState } from 'react';
import { useAction } from '../../operations/hooks/useAction';
import { RemindSurveyMutation } from '../graphql/surveys';

/** A coordinator (or the session's trainer) sends one more reminder to who has not answered yet. */
export function useRemindSurvey(surveyId: string) {
  const { run, loading, failure } = useAction(RemindSurveyMutation);
  const [sent, setSent] = useState<number | null>(null);

  async function remind() {
    const data = await run({ input: { surveyId } });
    if (data) setSent(data.remindSurvey);
  }

  return { remind, reminding: loading, sent, failure };
}
