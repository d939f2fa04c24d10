import { useQuery } from '@apollo/client/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { mockedApollo } from '../../../testing/mocked-apollo';
import { enrolment, trainingSession } from '../../../testing/sessions';
import {
  BookSessionMutation,
  MarkAttendanceMutation,
  ScheduleSessionMutation,
  ScheduleSessionSeriesMutation,
  TrainingSessionFieldsFragment,
  TrainingSessionQuery,
} from '../graphql/sessions';
import { useBookSession } from './useBookSession';
import { useMarkAttendance } from './useMarkAttendance';
import { useScheduleSession } from './useScheduleSession';

const sessionQuery = (seatsLeft: number) => ({
  request: { query: TrainingSessionQuery, variables: { id: 'session-1' } },
  result: { data: { trainingSession: trainingSession({ seatsLeft }) } },
});

describe('useBookSession', () => {
  it('books with the waitlist allowed and reads the session on screen again before answering', async () => {
    const apollo = mockedApollo([
      sessionQuery(10),
      {
        request: { query: BookSessionMutation, variables: { input: { sessionId: 'session-1', waitlist: true } } },
        result: { data: { bookSession: enrolment() } },
      },
      sessionQuery(8),
    ]);
    const { result } = renderHook(
      () => ({ page: useQuery(TrainingSessionQuery, { variables: { id: 'session-1' } }), booking: useBookSession() }),
      { wrapper: apollo.wrapper },
    );
    await waitFor(() => expect(result.current.page.data?.trainingSession.seatsLeft).toBe(10));

    await act(() => result.current.booking.book('session-1'));

    // awaitRefetchQueries: the answer comes once the seats shown are the server's again.
    expect(result.current.booking.lastStatus).toBe('CONFIRMED');
    expect(result.current.booking.failure).toBeNull();
    expect(apollo.sent.map((r) => r.operationName)).toEqual(['TrainingSession', 'BookSession', 'TrainingSession']);
    await waitFor(() => expect(result.current.page.data?.trainingSession.seatsLeft).toBe(8));
  });

  it('keeps the refusal as the code the page explains', async () => {
    const apollo = mockedApollo([
      {
        request: { query: BookSessionMutation, variables: { input: { sessionId: 'session-1', waitlist: false } } },
        result: { errors: [new GraphQLError('The session is full.', { extensions: { code: 'SESSION_FULL' } })] },
      },
    ]);
    const { result } = renderHook(() => useBookSession(), { wrapper: apollo.wrapper });

    await act(() => result.current.book('session-1', false));

    expect(result.current.failure).toMatchObject({ code: 'SESSION_FULL' });
    expect(result.current.lastStatus).toBeNull();
    expect(result.current.busy).toBe(false);
  });
});

describe('useMarkAttendance', () => {
  it('sends one entry per person marked', async () => {
    const apollo = mockedApollo([
      {
        request: {
          query: MarkAttendanceMutation,
          variables: {
            input: {
              sessionId: 'session-1',
              entries: [
                { personId: 'person-1', status: 'PRESENT' },
                { personId: 'person-2', status: 'EXCUSED' },
              ],
            },
          },
        },
        result: { data: { markAttendance: { __typename: 'SessionRoster', enrolments: [enrolment()] } } },
      },
    ]);
    const { result } = renderHook(() => useMarkAttendance('session-1'), { wrapper: apollo.wrapper });

    let saved = false;
    await act(async () => {
      saved = await result.current.mark({ 'person-1': 'PRESENT', 'person-2': 'EXCUSED' });
    });

    expect(saved).toBe(true);
    expect(apollo.sentAs('MarkAttendance')).toHaveLength(1);
  });

  it('sends nothing when nobody was marked', async () => {
    const apollo = mockedApollo([]);
    const { result } = renderHook(() => useMarkAttendance('session-1'), { wrapper: apollo.wrapper });

    await act(async () => {
      expect(await result.current.mark({})).toBe(false);
    });
    expect(apollo.sent).toEqual([]);
  });
});

describe('useScheduleSession', () => {
  const input = {
    moduleId: 'module-1',
    startsAt: '2030-03-01T10:00',
    endsAt: '2030-03-01T14:00',
    timeZone: 'Europe/Riga',
    enrolmentDeadline: null,
    capacity: 10,
    venue: 'Rīga',
    onlineUrl: null,
    language: 'lv',
    allowSingles: false,
    trainerIds: ['trainer-1'],
  };

  it('schedules one date as a session and answers where it is', async () => {
    const apollo = mockedApollo([
      {
        request: { query: ScheduleSessionMutation, variables: { input } },
        result: { data: { scheduleSession: trainingSession({ id: 'session-new' }) } },
      },
    ]);
    const { result } = renderHook(() => useScheduleSession(), { wrapper: apollo.wrapper });

    let scheduled: unknown;
    await act(async () => {
      scheduled = await result.current.schedule(input, [{ startsAt: input.startsAt, endsAt: input.endsAt }]);
    });

    expect(scheduled).toEqual({ series: false, sessionId: 'session-new' });
    // The answer is in the cache for the session page that opens next.
    expect(
      apollo.cache.readFragment({ id: 'TrainingSession:session-new', fragment: TrainingSessionFieldsFragment }),
    ).toMatchObject({ moduleCode: 'N1', capacity: 10 });
  });

  it('schedules more dates as one series, all or none', async () => {
    const dates = [
      { startsAt: '2030-03-01T10:00', endsAt: '2030-03-01T14:00' },
      { startsAt: '2030-03-08T10:00', endsAt: '2030-03-08T14:00' },
    ];
    const apollo = mockedApollo([
      {
        request: { query: ScheduleSessionSeriesMutation, variables: { input: { session: input, dates } } },
        result: { data: { scheduleSessionSeries: [trainingSession({ id: 's1' }), trainingSession({ id: 's2' })] } },
      },
    ]);
    const { result } = renderHook(() => useScheduleSession(), { wrapper: apollo.wrapper });

    let scheduled: unknown;
    await act(async () => {
      scheduled = await result.current.schedule(input, dates);
    });

    expect(scheduled).toEqual({ series: true });
    expect(apollo.sentAs('ScheduleSession')).toEqual([]);
  });
});
