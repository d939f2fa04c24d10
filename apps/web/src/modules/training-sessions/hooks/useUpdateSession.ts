import type { DstChoice, TrainingSessionFieldsFragment } from '@tandem/web-graphql';
import { useAction } from '../../operations/hooks/useAction';
import { SessionRosterQuery, UpdateSessionMutation } from '../graphql/sessions';

/** The session's editable facts as the form holds them (local times in `timeZone`). */
export interface SessionChanges {
  startsAt: string;
  endsAt: string;
  enrolmentDeadline: string;
  timeZone: string;
  capacity: number | string;
  venue: string;
  onlineUrl: string;
  allowSingles: boolean;
}

export function sessionChangesOf(session: TrainingSessionFieldsFragment): SessionChanges {
  return {
    startsAt: session.localStartsAt,
    endsAt: session.localEndsAt,
    enrolmentDeadline: session.localEnrolmentDeadline,
    timeZone: session.timeZone,
    capacity: session.capacity,
    venue: session.venue ?? '',
    onlineUrl: session.onlineUrl ?? '',
    allowSingles: session.allowSingles,
  };
}

/**
 * Changes time, place or capacity (language and trainers stay): answers whether it was saved.
 * `dstChoice` says which reading of a doubled autumn hour was meant (null when no time is ambiguous). A new
 * time or place is mailed to everyone enrolled; more seats move the waitlist (the roster is read again).
 */
export function useUpdateSession(session: TrainingSessionFieldsFragment) {
  const { run, loading, failure } = useAction(UpdateSessionMutation, { refetchQueries: [SessionRosterQuery] });
  const update = async (changes: SessionChanges, dstChoice: DstChoice | null) =>
    !!(await run({
      input: {
        sessionId: session.id,
        startsAt: changes.startsAt,
        endsAt: changes.endsAt,
        enrolmentDeadline: changes.enrolmentDeadline || null,
        timeZone: changes.timeZone,
        capacity: Number(changes.capacity),
        venue: changes.venue.trim() || null,
        onlineUrl: changes.onlineUrl.trim() || null,
        language: session.language,
        allowSingles: changes.allowSingles,
        dstChoice,
        trainerIds: session.trainers.map((trainer) => trainer.id),
      },
    }));
  return { update, saving: loading, failure };
}
