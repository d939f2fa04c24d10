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
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One failing input field, as carried in `extensions.fields` of a VALIDATION_FAILED error. */
export interface FieldError {
  field: string;
  message: string;
}
