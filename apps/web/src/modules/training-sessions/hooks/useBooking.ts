import { useMutation } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { BookSessionMutation, CancelEnrolmentMutation } from '../graphql/sessions';

const REFETCH = ['TrainingSessions', 'TrainingSession', 'MyEnrolments', 'SessionRoster', 'Agenda'];

/** Booking and cancelling, with the lists that show seats refetched after each change. */
export function useBooking() {
  const [bookMutation, booking] = useMutation(BookSessionMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const [cancelMutation, cancelling] = useMutation(CancelEnrolmentMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [lastStatus, setLastStatus] = useState<string | null>(null);

  async function book(sessionId: string, waitlist = true) {
    setFailure(null);
    try {
      const res = await bookMutation({
        variables: { input: { sessionId, waitlist } },
      });
      setLastStatus(res.data?.bookSession.status ?? null);
    } catch (e) {
      setFailure(toAppError(e));
    }
  }

  async function cancel(enrolmentId: string) {
    setFailure(null);
    try {
      const res = await cancelMutation({
        variables: { input: { enrolmentId } },
      });
      setLastStatus(res.data?.cancelEnrolment.status ?? null);
    } catch (e) {
      setFailure(toAppError(e));
    }
  }

  return {
    book,
    cancel,
    failure,
    lastStatus,
    busy: booking.loading || cancelling.loading,
  };
}
