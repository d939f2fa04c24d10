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
  // Counts the answers: a second booking that ends as the first ("Confirmed" again) is news too.
  const [attempt, setAttempt] = useState(0);

  async function book(sessionId: string, waitlist = true) {
    cancelling.clear();
    const data = await booking.run({ input: { sessionId, waitlist } });
    setLastStatus(data?.bookSession.status ?? null);
    setAttempt((n) => n + 1);
  }

  async function cancel(enrolmentId: string) {
    booking.clear();
    const data = await cancelling.run({ input: { enrolmentId } });
    setLastStatus(data?.cancelEnrolment.status ?? null);
    setAttempt((n) => n + 1);
  }

  return {
    book,
    cancel,
    failure: booking.failure ?? cancelling.failure,
    lastStatus,
    /** How many bookings and cancellations have been answered: BookingResult takes the focus on each. */
    attempt,
    busy: booking.loading || cancelling.loading,
  };
}
