import { useAction } from '../../operations/hooks/useAction';
import { InviteTandemPartnerMutation, MyPartnerCandidatesQuery } from '../graphql/tandems';
import { MY_TANDEM_QUERIES } from './useRespondToInvitation';

/**
 * A tutor in no tandem invites a partner of the other side: the tandem is FORMING until the
 * partner answers, so the tutor's tandem page and the candidates are read again.
 */
export function useInvitePartner(editionId: string | null) {
  const { run, loading, failure } = useAction(InviteTandemPartnerMutation, {
    refetchQueries: [...MY_TANDEM_QUERIES, MyPartnerCandidatesQuery],
    awaitRefetchQueries: true,
  });
  const invite = async (partnerId: string) => !!editionId && !!(await run({ input: { editionId, partnerId } }));
  return { invite, inviting: loading, failure };
}
