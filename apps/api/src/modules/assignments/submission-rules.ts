import type { SubmissionStatus } from './assignment-submission.entity';

export type TandemSide = 'SCHOOL' | 'COMPANY';

/** The tandem writes while the submission is a draft, and again after a trainer asked for a revision. */
export function isEditable(status: SubmissionStatus): boolean {
  return status === 'DRAFT' || status === 'NEEDS_REVISION';
}

export interface Confirmations {
  schoolConfirmedAt: Date | null;
  companyConfirmedAt: Date | null;
}

/**
 * One partner confirms the current content. It is submitted when the other partner's confirmation
 * (of the same content: any change clears both) is already there. Confirming twice changes nothing.
 */
export function confirm(current: Confirmations, side: TandemSide, now: Date): Confirmations & { submit: boolean } {
  const next = {
    schoolConfirmedAt: side === 'SCHOOL' ? (current.schoolConfirmedAt ?? now) : current.schoolConfirmedAt,
    companyConfirmedAt: side === 'COMPANY' ? (current.companyConfirmedAt ?? now) : current.companyConfirmedAt,
  };
  return {
    ...next,
    submit: !!next.schoolConfirmedAt && !!next.companyConfirmedAt,
  };
}

/** A submission counts as late when it was submitted (or still is not) after the end of its due day. */
export function isLate(dueOn: string, submittedAt: Date | null, now: Date): boolean {
  const endOfDueDay = new Date(`${dueOn}T23:59:59.999Z`);
  return (submittedAt ?? now).getTime() > endOfDueDay.getTime();
}
