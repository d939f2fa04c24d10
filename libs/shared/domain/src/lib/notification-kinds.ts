/**
 * Every kind of in-app notification. The API sends them (and names them in its schema); the web
 * app translates a kind with its params. A feature adds its kinds here and its texts to the catalogues.
 */
export const NOTIFICATION_KINDS = [
  'NATIONAL_PROGRAMME_SUBMITTED',
  'NATIONAL_PROGRAMME_APPROVED',
  'NATIONAL_PROGRAMME_RETURNED',
  'NETWORK_APPLICATION_RECEIVED',
  'ASSIGNMENT_SUBMISSION_CONFIRMED',
  'ASSIGNMENT_SUBMISSION_SUBMITTED',
  'ASSIGNMENT_SUBMISSION_REVIEWED',
  'CERTIFICATE_ISSUED',
  'CERTIFICATE_REVOKED',
  'CERTIFICATE_FLAGGED',
  'ENROLMENT_BOOKED_FOR_TANDEM',
  'ENROLMENT_CANCELLED_FOR_TANDEM',
  'ENROLMENT_MOVED_FOR_TANDEM',
  'ENROLMENT_PROMOTED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
