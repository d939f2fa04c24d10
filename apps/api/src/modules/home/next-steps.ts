import { MyNextStepKind, type MyNextStepModel } from './home.model';
import type { TutorStanding } from './home.repository';

const step = (
  kind: MyNextStepKind,
  done: boolean,
  href: string,
  extra: Partial<Pick<MyNextStepModel, 'moduleNumber' | 'roundKind' | 'dueAt'>> = {},
): MyNextStepModel => ({ kind, done, href, moduleNumber: null, roundKind: null, dueAt: null, ...extra });

/**
 * A tutor's steps through the edition, in the order they are taken, from their standing at `now`.
 * No "form a tandem" step for a tutor in an active (or completed) tandem; a booked or attended
 * module counts as done; rounds show while open, and once submitted as done.
 */
export function tutorNextSteps(s: TutorStanding, now: Date): MyNextStepModel[] {
  const steps: MyNextStepModel[] = [];
  const paired = s.tandem !== null && (s.tandem.status === 'ACTIVE' || s.tandem.status === 'COMPLETED');
  if (!paired) steps.push(step(MyNextStepKind.FORM_TANDEM, false, '/tandem'));

  for (const round of s.rounds) {
    steps.push(
      step(
        MyNextStepKind.SELF_ASSESSMENT,
        round.status === 'SUBMITTED',
        round.self_assessment_id ? `/self-assessments/${round.self_assessment_id}` : '/self-assessments',
        { roundKind: round.kind, moduleNumber: round.module_number, dueAt: round.closes_at },
      ),
    );
  }

  const counts = (x: TutorStanding['sessions'][number]) => x.attendance === 'PRESENT' || x.ends_at > now;
  const upcoming = s.sessions.find((x) => x.ends_at > now && x.session_status === 'SCHEDULED');
  if (upcoming)
    steps.push(
      step(MyNextStepKind.ATTEND_SESSION, false, `/sessions/${upcoming.session_id}`, { dueAt: upcoming.starts_at }),
    );

  for (const n of s.jointNumbers) {
    const done = s.sessions.some((x) => x.kind === 'JOINT' && x.number === n && counts(x));
    steps.push(step(MyNextStepKind.BOOK_JOINT_MODULE, done, '/sessions', { moduleNumber: n }));
  }

  const national = s.sessions.filter((x) => x.kind === 'NATIONAL' && counts(x));
  const hours = national.reduce((sum, x) => sum + x.hours, 0);
  const nationalDone = s.minNationalHours > 0 ? hours >= s.minNationalHours : national.length > 0;
  steps.push(step(MyNextStepKind.BOOK_NATIONAL_TRAINING, nationalDone, '/sessions'));

  if (s.tandem && s.assignments.total > 0) {
    const due = s.assignments.next_due ? new Date(`${s.assignments.next_due}T23:59:59Z`) : null;
    steps.push(
      step(MyNextStepKind.COMPLETE_ASSIGNMENTS, s.assignments.done >= s.assignments.total, '/assignments', {
        dueAt: due,
      }),
    );
  }
  return steps;
}
