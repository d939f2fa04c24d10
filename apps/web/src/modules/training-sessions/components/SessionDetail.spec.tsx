import { act, fireEvent, screen } from '@testing-library/react';
import { englishCatalogue } from '@tandem/shared-i18n';
import { Suspense } from 'react';
import { sessionPerson } from '../../../testing/people';
import { renderInApp } from '../../../testing/render';
import { trainingSession } from '../../../testing/sessions';
import { TrainingSessionQuery } from '../graphql/sessions';
import { SessionDetail } from './SessionDetail';

const texts = englishCatalogue;

/** Renders inside act: the suspended page shows once the mocked answer has arrived. */
async function renderSession(overrides: Parameters<typeof trainingSession>[0]) {
  const session = trainingSession({ myEnrolmentId: 'enrolment-1', myEnrolmentStatus: 'CONFIRMED', ...overrides });
  await act(async () => {
    renderInApp(
      <Suspense fallback="loading">
        <SessionDetail sessionId={session.id} />
      </Suspense>,
      {
        person: sessionPerson(),
        mocks: [
          {
            request: { query: TrainingSessionQuery, variables: { id: session.id } },
            result: { data: { trainingSession: session } },
          },
        ],
      },
    );
  });
}

describe('SessionDetail', () => {
  it('keeps the edit form of a session closed until its keeper opens it', async () => {
    await renderSession({ myEnrolmentId: null, myEnrolmentStatus: null, canEdit: true, canKeepRoster: false });
    const toggle = await screen.findByRole('button', { name: texts.sessions.edit.title });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: texts.sessions.edit.submit })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: texts.sessions.edit.submit })).toBeTruthy();
  });

  it('shows what a past enrolment came to (Attended), without a calendar file or Cancel', async () => {
    await renderSession({
      startsAt: '2026-03-01T08:00:00.000Z',
      endsAt: '2026-03-01T12:00:00.000Z',
      status: 'COMPLETED',
      myAttendance: 'PRESENT',
    });
    const badge = await screen.findByTestId('enrolment-attendance');
    expect(badge.textContent).toBe(texts.enrolments.attendance.PRESENT);
    expect(screen.queryByTestId('enrolment-status')).toBeNull();
    expect(screen.queryByRole('link', { name: texts.calendar.download })).toBeNull();
    expect(screen.queryByRole('button', { name: texts.enrolments.cancel })).toBeNull();
  });

  it('says "not marked yet" for a session over whose attendance nobody marked, still not "Confirmed"', async () => {
    await renderSession({ startsAt: '2026-03-01T08:00:00.000Z', endsAt: '2026-03-01T12:00:00.000Z' });
    const badge = await screen.findByTestId('enrolment-attendance');
    expect(badge.getAttribute('data-status')).toBe('UNMARKED');
    expect(screen.queryByRole('link', { name: texts.calendar.download })).toBeNull();
  });

  it('keeps "Confirmed", the calendar file and Cancel for a session ahead', async () => {
    await renderSession({});
    expect((await screen.findByTestId('enrolment-status')).getAttribute('data-status')).toBe('CONFIRMED');
    expect(screen.getByRole('link', { name: texts.calendar.download })).toBeTruthy();
    expect(screen.getByRole('button', { name: texts.enrolments.cancel })).toBeTruthy();
    expect(screen.queryByTestId('enrolment-attendance')).toBeNull();
  });
});
