import { validateNewPassword, type NewPasswordMessage } from '../password-reset/new-password';

/** What the link still allows: accept it, or explain why not and what to do instead. */
export type InvitationState = 'open' | 'expired' | 'used';

export function invitationState(invitation: { expired: boolean; used: boolean }): InvitationState {
  if (invitation.used) return 'used';
  if (invitation.expired) return 'expired';
  return 'open';
}

export interface AcceptInvitationForm {
  password: string;
  confirmPassword: string;
  preferredLanguage: string;
  privacyNoticeRead: boolean;
  /** No default: the person has to choose (GDPR: consent is given actively). */
  researchConsent: 'yes' | 'no' | null;
}

export type AcceptInvitationField = 'password' | 'confirmPassword' | 'privacyNoticeRead' | 'researchConsent';

export type AcceptInvitationMessage =
  | NewPasswordMessage
  | { key: 'invitation.errors.privacyRequired' | 'invitation.errors.consentRequired'; values?: undefined };

/** The fields in the order they appear: the first one with an error gets the focus. */
export const ACCEPT_INVITATION_FIELDS: readonly AcceptInvitationField[] = [
  'password',
  'confirmPassword',
  'privacyNoticeRead',
  'researchConsent',
];

export function validateAcceptInvitation(
  form: AcceptInvitationForm,
): Partial<Record<AcceptInvitationField, AcceptInvitationMessage>> {
  const errors: Partial<Record<AcceptInvitationField, AcceptInvitationMessage>> = validateNewPassword(form);
  if (!form.privacyNoticeRead) errors.privacyNoticeRead = { key: 'invitation.errors.privacyRequired' };
  if (form.researchConsent === null) errors.researchConsent = { key: 'invitation.errors.consentRequired' };
  return errors;
}
