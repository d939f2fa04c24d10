import { useState } from 'react';
import { WhereWeAreNowQuery } from '../../home/graphql/where-we-are-now';
import { useAction } from '../../operations/hooks/useAction';
import { MyTandemQuery, RespondToTandemInvitationMutation } from '../graphql/tandems';

/** What the tutor's own tandem page shows: read again after every change to their tandem. */
export const MY_TANDEM_QUERIES = [MyTandemQuery, WhereWeAreNowQuery];

/** The invited tutor accepts or declines the partner's invitation; `answer` is the last one given. */
export function useRespondToInvitation() {
  const { run, loading, failure } = useAction(RespondToTandemInvitationMutation, {
    refetchQueries: MY_TANDEM_QUERIES,
    awaitRefetchQueries: true,
  });
  const [answer, setAnswer] = useState<{ accepted: boolean } | null>(null);

  async function respond(tandemId: string, accept: boolean) {
    setAnswer(null);
    if (await run({ input: { tandemId, accept } })) setAnswer({ accepted: accept });
  }

  return { respond, answer, responding: loading, failure };
}
