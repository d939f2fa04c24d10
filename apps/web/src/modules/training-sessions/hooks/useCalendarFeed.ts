import { useAction } from '../../operations/hooks/useAction';
import { CreateCalendarFeedMutation, MyEnrolmentsQuery, RevokeCalendarFeedMutation } from '../graphql/sessions';

/** The private calendar feed: a new secret link (its address answered once) or revoking it. */
export function useCalendarFeed() {
  const creating = useAction(CreateCalendarFeedMutation, { refetchQueries: [MyEnrolmentsQuery] });
  const revoking = useAction(RevokeCalendarFeedMutation, { refetchQueries: [MyEnrolmentsQuery] });
  return {
    /** The feed's full address, or null when it could not be made. */
    create: async () => {
      const data = await creating.run({});
      return data ? `${window.location.origin}${data.createCalendarFeed.path}` : null;
    },
    revoke: async () => !!(await revoking.run({})),
    creating: creating.loading,
    revoking: revoking.loading,
    failure: creating.failure ?? revoking.failure,
  };
}
