import { useParams } from 'react-router';
import { SessionDetail } from '../modules/training-sessions/components/SessionDetail';

/** `/sessions/:sessionId`: one session; its roster and attendance for its keepers. */
export function SessionPage() {
  const { sessionId = '' } = useParams();
  return <SessionDetail sessionId={sessionId} />;
}
