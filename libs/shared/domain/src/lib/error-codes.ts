/**
 * Stable `extensions.code` values of GraphQL errors. Clients (and the web app's translations)
 * key on these, so a code, once released, is never renamed.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'TOO_MANY_ATTEMPTS',
  /** An invitation link past its 7 days; the inviter can send a new one. */
  'INVITATION_EXPIRED',
  /** An invitation link that has already been used to set a password. */
  'INVITATION_USED',
  'PASSWORD_RESET_EXPIRED',
  'PASSWORD_RESET_USED',
  /** A self-assessment saved or submitted outside its round's window (opens_at ≤ now < closes_at). */
  'ROUND_CLOSED',
  /** A booking that does not fit the free seats when the tandem chose not to join the waitlist. */
  'SESSION_FULL',
  /** A session booked by tandems only, and the tutor has no ACTIVE tandem. */
  'TANDEM_REQUIRED',
  /** Past the enrolment deadline (only a coordinator may still enrol or cancel), or the session is over. */
  'ENROLMENT_CLOSED',
  /** A QR check-in code that is not this session's. */
  'CHECK_IN_CODE_INVALID',
  /** A QR check-in code older than a minute. */
  'CHECK_IN_CODE_EXPIRED',
  /** A booking for a tandem that is not ACTIVE (forming, dissolved or completed). */
  'TANDEM_NOT_ACTIVE',
  /** A booking for someone who already holds a seat or a waitlist place in that session. */
  'ALREADY_ENROLLED',
  /** A booking that overlaps in time another session of the same module the person is enrolled in. */
  'OVERLAPPING_ENROLMENT',
  /** A change of a session (or of its enrolments) that is no longer SCHEDULED: cancelled or completed. */
  'SESSION_NOT_SCHEDULED',
  /** Completing a session that has not started yet. */
  'SESSION_NOT_STARTED',
  /** Attendance or check-in for a cancelled session. */
  'SESSION_CANCELLED',
  /** Attendance taken earlier than an hour before the session starts. */
  'ATTENDANCE_NOT_OPEN',
  /** A QR check-in after the session is over. */
  'ATTENDANCE_CLOSED',
  'INTERNAL_SERVER_ERROR',
  /** A certificate asked for a tutor whose completion status is not TRAINED. */
  'CERTIFICATE_NOT_TRAINED',
  /** The tutor already has a current certificate in the edition: re-issue it instead. */
  'CERTIFICATE_EXISTS',
  /** The certificate is revoked already (or replaced): nothing more to revoke. */
  'CERTIFICATE_NOT_VALID',
  /** A replaced certificate: the newer one is the one to act on. */
  'CERTIFICATE_REPLACED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One failing input field, as carried in `extensions.fields` of a VALIDATION_FAILED error. */
export interface FieldError {
  field: string;
  message: string;
}
