import type { ValidationParams, ValidationRule } from './validation-rules';
/**
 * Stable `extensions.code` values of GraphQL errors. Clients (and the web app's translations)
 * key on these, so a code, once released, is never renamed. The comment above each code is its
 * documentation: the README's table of codes is generated from it (`npm run docs:errors`), and
 * `extensions` carries the details it names (shown by the web app as parameters of its message).
 */
export const ERROR_CODES = [
  /** No valid session: sign in (again). */
  'UNAUTHENTICATED',
  /** Signed in, but the role or its scope (country, organisation, own records) does not allow this. */
  'FORBIDDEN',
  /** The record does not exist, or the viewer may not know that it does. */
  'NOT_FOUND',
  /** Some input is not valid; `fields` lists each failing field (`field`, `rule`, `params`, English `message`). */
  'VALIDATION_FAILED',
  /** The request clashes with the current data in a way no more specific code describes. */
  'CONFLICT',
  /** Too many attempts from this address or for this account; `retryAfterSeconds` says when to try again. */
  'TOO_MANY_ATTEMPTS',
  /** An invitation link past its 7 days; the inviter can send a new one. */
  'INVITATION_EXPIRED',
  /** An invitation link that has already been used to set a password. */
  'INVITATION_USED',
  /** A password reset link past its validity; ask for a new one. */
  'PASSWORD_RESET_EXPIRED',
  /** A password reset link that has already been used. */
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
  /** A booking of a module the tutor (or their partner) already attended; a coordinator may still enrol them. */
  'ALREADY_ATTENDED',
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
  /** A certificate asked for a tutor whose completion status is not TRAINED. */
  'CERTIFICATE_NOT_TRAINED',
  /** The tutor already has a current certificate in the edition: re-issue it instead. */
  'CERTIFICATE_EXISTS',
  /** The certificate is revoked already (or replaced): nothing more to revoke. */
  'CERTIFICATE_NOT_VALID',
  /** A replaced certificate: the newer one is the one to act on. */
  'CERTIFICATE_REPLACED',
  /** A bug or an outage; `correlationId` finds the logged details. */
  'INTERNAL_SERVER_ERROR',
  /**
   * The record changed since the client read it (a stale `lockVersion`), or someone else started it
   * at the same moment: reload, then make the change again. Nothing was saved.
   */
  'STALE_WRITE',
  /** Already submitted (a submission waiting for review, a self-assessment, a national programme waiting for a decision): it cannot be changed or submitted now. */
  'ALREADY_SUBMITTED',
  /** A decision was already taken (`status`: APPROVED, ACCEPTED, NEEDS_REVISION or REJECTED): it cannot be decided again. */
  'ALREADY_DECIDED',
  /** Not submitted yet (`status`): only a submitted programme or submission can be approved, returned or reviewed. */
  'NOT_SUBMITTED',
  /** A module without a draft: it is published as it is, there is nothing to publish. */
  'NOTHING_TO_PUBLISH',
  /** A published or retired version (`status`) is read-only: start a new version to change it. */
  'VERSION_READ_ONLY',
  /** There is a draft already (one at a time): edit or publish it first. */
  'DRAFT_EXISTS',
  /** Another module of the edition already has this code (`moduleCode`). */
  'DUPLICATE_MODULE_CODE',
  /** The edition already has joint module `number`. */
  'DUPLICATE_JOINT_MODULE',
  /** Another edition already has this name (`name`). */
  'DUPLICATE_EDITION_NAME',
  /** The edition already has this self-assessment round (`kind`, `moduleNumber`). */
  'DUPLICATE_ROUND',
  /** An organisation with this registry code already exists in the country (`registryCode`, `countryCode`). */
  'DUPLICATE_ORGANISATION',
  /** The tutor has already withdrawn from the edition. */
  'ALREADY_WITHDRAWN',
  /** The tutor has not withdrawn from the edition: there is nothing to reinstate. */
  'NOT_WITHDRAWN',
  /** The cycle phase already has that status (`status`). */
  'PHASE_ALREADY_IN_STATUS',
  /** A response to a survey that is not open: not opened yet, closed, or past its window. Nothing was stored. */
  'SURVEY_CLOSED',
  /** A change of a submitted survey response where the survey does not allow editing until it closes (never in an ANONYMOUS survey). Nothing was changed. */
  'SURVEY_RESPONSE_FINAL',
  /** A trainer's fourth question of their own in a session's feedback survey (`max`: 3). Nothing was added. */
  'TRAINER_QUESTION_LIMIT',
  /**
   * A stakeholder's survey link that cannot be used: unknown, already used, expired, or its survey is not
   * open. The same answer for all, so that a link tells nothing about whether it ever existed.
   */
  'SURVEY_LINK_INVALID',
  /** Accepting more places than a host offer has free (`places`, `free`): nothing was accepted. */
  'OFFER_FULL',
  /** A published finding (or interim analysis) is read-only: it takes no edits, citations or comments. */
  'FINDING_PUBLISHED',
  /** An improvement action moves one step at a time, PROPOSED → AGREED → DONE → CHECKED (`status`, `current`). */
  'ACTION_STATUS_STEP',
  /**
   * A survey template change that would make the results of surveys already answered incomparable: a
   * question removed or given another type, an option removed, or another kind (`surveyCount`,
   * `changes`: `change` REMOVED | RETYPED | OPTION_REMOVED | KIND, `questionCode`, `optionCode`). Nothing was changed.
   */
  'TEMPLATE_NOT_COMPARABLE',
  /** A policy recommendation moves one step at a time, DRAFT → IN_CONSULTATION → PUBLISHED, never back (`status`, `current`). */
  'RECOMMENDATION_STATUS_STEP',
  /** A published policy recommendation is read-only: it takes no edits, citations or comments. */
  'RECOMMENDATION_PUBLISHED',
  /** Comments on a policy recommendation are taken only while it is IN_CONSULTATION (`status`). */
  'RECOMMENDATION_NOT_IN_CONSULTATION',
  /**
   * A peer review moves one stage at a time, PREPARATION → VISIT → REPORT → COMMENTS → FOLLOW_UP →
   * CLOSED, and each part is written in its stage (`stage`: the one asked for, `current`). Nothing was changed.
   */
  'PEER_REVIEW_STAGE',
  /** A peer assigned to a review of their own country (`countryCode`): peers come from the other Baltic countries. */
  'PEER_OWN_COUNTRY',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * One failing input field, as carried in `extensions.fields` of a VALIDATION_FAILED error: the
 * field's path, the rule it broke (pages show `validation.<rule>` in the viewer's language, with
 * `params`) and the rule's English text for logs and API clients.
 */
export interface FieldError {
  field: string;
  rule: ValidationRule;
  params?: ValidationParams;
  message: string;
}
