import type { SubmissionStatus } from '@tandem/web-graphql';
import type { AppError } from '@tandem/web-ui';

/** A tandem's state for an assignment: its submission's status, or not started yet. */
export type SubmissionState = SubmissionStatus | 'NOT_STARTED';

export const SUBMISSION_STATE_COLORS: Record<SubmissionState, string> = {
  NOT_STARTED: 'gray',
  DRAFT: 'blue',
  SUBMITTED: 'violet',
  NEEDS_REVISION: 'orange',
  ACCEPTED: 'teal',
};

export function submissionState(submission: { status: SubmissionStatus } | null | undefined): SubmissionState {
  return submission?.status ?? 'NOT_STARTED';
}

/** What the partners' confirmations mean to the viewer, for the confirm panel. */
export function confirmationKey(s: {
  confirmedByMe: boolean;
  confirmedByPartner: boolean;
}): 'both' | 'mine' | 'partner' | 'none' {
  if (s.confirmedByMe && s.confirmedByPartner) return 'both';
  if (s.confirmedByMe) return 'mine';
  if (s.confirmedByPartner) return 'partner';
  return 'none';
}

/** A review comment is required to ask for a revision (the API answers VALIDATION_FAILED on `comment` otherwise). */
export function reviewCommentMissing(outcome: 'ACCEPTED' | 'NEEDS_REVISION', comment: string): boolean {
  return outcome === 'NEEDS_REVISION' && !comment.trim();
}

/** The assignment form's own checks before asking the API (which checks again). */
export function assignmentFormErrors(
  input: { title: string; dueOn: string },
  today: string,
  previousDueOn?: string,
): { title?: 'required'; dueOn?: 'required' | 'past' } {
  const errors: { title?: 'required'; dueOn?: 'required' | 'past' } = {};
  if (!input.title.trim()) errors.title = 'required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueOn)) errors.dueOn = 'required';
  else if (input.dueOn < today && input.dueOn !== previousDueOn) errors.dueOn = 'past';
  return errors;
}

/** Whether the server refused the title or the due date (shown under the field), not something else. */
export function isAssignmentFieldRefusal(error: AppError): boolean {
  return error.code === 'VALIDATION_FAILED' && !!error.fields?.some((f) => f.field === 'title' || f.field === 'dueOn');
}
