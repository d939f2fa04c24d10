/**
 * The purposes a person decides on one by one (GDPR Art. 6(1)(a), 7): never pre-ticked, asked at the
 * first sign-in, changeable at any time on the account page. Each change is kept with the version
 * of the text the person was shown. Service e-mails the programme needs (invitations, password
 * resets, booking confirmations, certificates) are no purpose here: they are not optional.
 */
export const CONSENT_PURPOSES = [
  /** Research use of my ratings and answers (pseudonymised, in the research exports). */
  'RESEARCH',
  /** Being suggested as a tandem partner to other tutors. */
  'PARTNER_SUGGESTIONS',
  /** Appearing by name on session rosters shared with participants. */
  'ROSTER_NAME',
  /** Photos and reports of study visits that show me. */
  'STUDY_VISIT_MEDIA',
  /** E-mail reminders (sessions, deadlines); service e-mails are sent regardless. */
  'EMAIL_REMINDERS',
] as const;

export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** The version of the consent texts now shown (the catalogues' `consent.*` keys); a change of wording bumps it. */
export const CONSENT_TEXT_VERSION = '2026-12-01';

export const isConsentPurpose = (value: string): value is ConsentPurpose =>
  (CONSENT_PURPOSES as readonly string[]).includes(value);
