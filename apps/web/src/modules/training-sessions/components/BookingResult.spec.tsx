import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderInApp } from '../../../testing/render';
import { enrolment } from '../../../testing/sessions';
import { BookSessionMutation, CancelEnrolmentMutation } from '../graphql/sessions';
import { useBookSession } from '../hooks/useBookSession';
import { BookingResult } from './BookingResult';

const booked = (sessionId: string) => ({
  request: { query: BookSessionMutation, variables: { input: { sessionId, waitlist: true } } },
  result: { data: { bookSession: enrolment({ id: `enrolment-${sessionId}`, sessionId }) } },
});
const cancelled = (enrolmentId: string) => ({
  request: { query: CancelEnrolmentMutation, variables: { input: { enrolmentId } } },
  result: { data: { cancelEnrolment: enrolment({ id: enrolmentId, status: 'CANCELLED' }) } },
});

/** The sessions page in small: the result above, a button per session (each turns into a badge in the app). */
function Booking() {
  const { book, cancel, failure, lastStatus, attempt } = useBookSession();
  return (
    <>
      <BookingResult failure={failure} status={lastStatus} attempt={attempt} />
      <button onClick={() => void book('session-1')}>Book 1</button>
      <button onClick={() => void book('session-2')}>Book 2</button>
      <button onClick={() => void cancel('enrolment-session-1')}>Cancel 1</button>
    </>
  );
}

const region = () => screen.getByTestId('booking-result-region');

/** Presses a button as a keyboard user would: the focus is on it first. */
function press(name: string) {
  const button = screen.getByRole('button', { name });
  button.focus();
  fireEvent.click(button);
  return button;
}

describe('BookingResult', () => {
  it('does not take the focus before anything was booked', () => {
    renderInApp(<Booking />);
    expect(document.activeElement).not.toBe(region());
  });

  it('takes the focus on a second booking that ends as the first (Confirmed twice)', async () => {
    const { apollo } = renderInApp(<Booking />, { mocks: [booked('session-1'), booked('session-2')] });

    press('Book 1');
    await waitFor(() => expect(document.activeElement).toBe(region()));
    expect(screen.getByTestId('booking-result').getAttribute('data-status')).toBe('CONFIRMED');

    const second = press('Book 2');
    expect(document.activeElement).toBe(second);
    await waitFor(() => expect(apollo.sentAs('BookSession')).toHaveLength(2));
    await waitFor(() => expect(document.activeElement).toBe(region()));
  });

  it('takes the focus on each answer of book, cancel and book again', async () => {
    renderInApp(<Booking />, { mocks: [booked('session-1'), cancelled('enrolment-session-1'), booked('session-1')] });
    for (const [name, status] of [
      ['Book 1', 'CONFIRMED'],
      ['Cancel 1', 'CANCELLED'],
      ['Book 1', 'CONFIRMED'],
    ] as const) {
      await act(async () => {
        press(name);
      });
      await waitFor(() => expect(screen.getByTestId('booking-result').getAttribute('data-status')).toBe(status));
      await waitFor(() => expect(document.activeElement).toBe(region()));
    }
  });
});
