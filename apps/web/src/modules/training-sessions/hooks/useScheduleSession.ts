import type { ScheduleSessionInput } from '@tandem/web-graphql';
import { useAction } from '../../operations/hooks/useAction';
import { AgendaQuery, ScheduleSessionMutation, ScheduleSessionSeriesMutation } from '../graphql/sessions';

export interface SessionDates {
  startsAt: string;
  endsAt: string;
}

/** Where the new session(s) can be seen: the session itself, or the agenda for a series. */
export type Scheduled = { series: false; sessionId: string } | { series: true };

/**
 * Schedules a session, or with more dates the same module as a series (all or none); the
 * agenda is read again. Answers null when the server refused (then `failure` says why).
 */
export function useScheduleSession() {
  const one = useAction(ScheduleSessionMutation, { refetchQueries: [AgendaQuery] });
  const series = useAction(ScheduleSessionSeriesMutation, { refetchQueries: [AgendaQuery] });

  async function schedule(session: ScheduleSessionInput, dates: SessionDates[]): Promise<Scheduled | null> {
    if (dates.length <= 1) {
      series.clear();
      const data = await one.run({ input: session });
      return data && { series: false, sessionId: data.scheduleSession.id };
    }
    one.clear();
    const data = await series.run({
      input: { session, dates: dates.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })) },
    });
    return data && { series: true };
  }

  return { schedule, scheduling: one.loading || series.loading, failure: one.failure ?? series.failure };
}
