import { useState } from 'react';
import { useAction } from '../../operations/hooks/useAction';
import {
  AgendaQuery,
  BookSessionMutation,
  CancelEnrolmentMutation,
  MyEnrolmentsQuery,
  SessionRosterQuery,
  TrainingSessionQuery,
  TrainingSessionsQuery,
} from '../graphql/sessions';

/** Every list that shows seats or the viewer's bookings. */
const SEATS = [TrainingSessionsQuery, TrainingSessionQuery, MyEnrolmentsQuery, SessionRosterQuery, AgendaQuery];
const OPTIONS = { refetchQueries: SEATS, awaitRefetchQueries: true };

/** A tutor books a session for their tandem (or joins its waitlist) and cancels a booking. */
export function useBookSession() {
  const booking = useAction(BookSessionMutation, OPTIONS);
  const cancelling = useAction(CancelEnrolmentMutation, OPTIONS);
  const [lastStatus, setLastStatus] = useState<string | null>(null);

  async function book(sessionId: string, waitlist = true) {
    cancelling.clear();
    const data = await booking.run({ input: { sessionId, waitlist } });
    setLastStatus(data?.bookSession.status ?? null);
  }

  async function cancel(enrolmentId: string) {
    booking.clear();
    const data = await cancelling.run({ input: { enrolmentId } });
    setLastStatus(data?.cancelEnrolment.status ?? null);
  }

  return {
    book,
    cancel,
    failure: booking.failure ?? cancelling.failure,
    lastStatus,
    busy: booking.loading || cancelling.loading,
  };
}
