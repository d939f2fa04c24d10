import { useAction } from '../../operations/hooks/useAction';
import { MarkNotificationsReadMutation, UnreadNotificationCountQuery } from '../graphql/notifications';

/** Marks the viewer's own notifications read (the answer updates them in the cache; the badge is read again). */
export function useMarkNotificationsRead() {
  const { run, loading } = useAction(MarkNotificationsReadMutation, { refetchQueries: [UnreadNotificationCountQuery] });
  const markRead = async (ids: string[]) => {
    if (ids.length) await run({ ids });
  };
  return { markRead, marking: loading };
}
