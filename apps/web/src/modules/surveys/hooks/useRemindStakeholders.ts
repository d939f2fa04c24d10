import { useState } from 'react';
import { useAction } from '../../operations/hooks/useAction';
import { RemindSurveyStakeholdersMutation, SurveyInvitationCountsQuery } from '../graphql/survey-links';

/** New links, mailed again, to the stakeholders of one country who have not answered. */
export function useRemindStakeholders(surveyId: string) {
  const { run, loading, failure } = useAction(RemindSurveyStakeholdersMutation, {
    refetchQueries: [SurveyInvitationCountsQuery],
  });
  const [sent, setSent] = useState<number | null>(null);

  async function remind(countryCode: string) {
    const data = await run({ input: { surveyId, countryCode } });
    if (data) setSent(data.remindSurveyStakeholders);
  }

  return { remind, reminding: loading, sent, failure };
}
