import { DEFAULT_LOCALE, isLocale, type Locale } from '@tandem/shared-domain';
import { INVITATION_TEMPLATE, type InvitationParams } from './invitation.template';
import {
  NETWORK_APPLICATION_REJECTED_TEMPLATE,
  type NetworkApplicationRejectedParams,
} from './network-application-rejected.template';
import { PASSWORD_RESET_TEMPLATE, type PasswordResetParams } from './password-reset.template';
import {
  ENROLMENT_PROMOTED_TEMPLATE,
  SESSION_CANCELLED_TEMPLATE,
  SESSION_CHANGED_TEMPLATE,
  SESSION_REMINDER_TEMPLATE,
  TANDEM_BOOKED_TEMPLATE,
  TANDEM_CANCELLED_TEMPLATE,
  TANDEM_MOVED_TEMPLATE,
  type SessionCancelledParams,
  type TandemEnrolmentParams,
  type TandemMovedParams,
  type TrainingSessionMailParams,
} from './training-session.template';
import { CERTIFICATE_ISSUED_TEMPLATE, type CertificateIssuedParams } from './certificate-issued.template';
import { SIGN_IN_THROTTLED_TEMPLATE, type SignInThrottledParams } from './sign-in-throttled.template';
import { SURVEY_REMINDER_TEMPLATE, type SurveyReminderParams } from './survey-reminder.template';
import { SURVEY_INVITATION_TEMPLATE, type SurveyInvitationParams } from './survey-invitation.template';
import type { RenderedMail } from './template';

/** Every kind of mail and the parameters its template needs. */
export interface MailKinds {
  INVITATION: InvitationParams;
  PASSWORD_RESET: PasswordResetParams;
  NETWORK_APPLICATION_REJECTED: NetworkApplicationRejectedParams;
  SESSION_CHANGED: TrainingSessionMailParams;
  SESSION_CANCELLED: SessionCancelledParams;
  ENROLMENT_PROMOTED: TrainingSessionMailParams;
  SESSION_REMINDER: TrainingSessionMailParams;
  TANDEM_BOOKED: TandemEnrolmentParams;
  TANDEM_CANCELLED: TandemEnrolmentParams;
  TANDEM_MOVED: TandemMovedParams;
  CERTIFICATE_ISSUED: CertificateIssuedParams;
  SIGN_IN_THROTTLED: SignInThrottledParams;
  SURVEY_REMINDER: SurveyReminderParams;
  SURVEY_INVITATION: SurveyInvitationParams;
}
export type MailKind = keyof MailKinds;

const TEMPLATES: { [K in MailKind]: Record<Locale, (p: MailKinds[K]) => RenderedMail> } = {
  INVITATION: INVITATION_TEMPLATE,
  PASSWORD_RESET: PASSWORD_RESET_TEMPLATE,
  NETWORK_APPLICATION_REJECTED: NETWORK_APPLICATION_REJECTED_TEMPLATE,
  SESSION_CHANGED: SESSION_CHANGED_TEMPLATE,
  SESSION_CANCELLED: SESSION_CANCELLED_TEMPLATE,
  ENROLMENT_PROMOTED: ENROLMENT_PROMOTED_TEMPLATE,
  SESSION_REMINDER: SESSION_REMINDER_TEMPLATE,
  TANDEM_BOOKED: TANDEM_BOOKED_TEMPLATE,
  TANDEM_CANCELLED: TANDEM_CANCELLED_TEMPLATE,
  TANDEM_MOVED: TANDEM_MOVED_TEMPLATE,
  CERTIFICATE_ISSUED: CERTIFICATE_ISSUED_TEMPLATE,
  SIGN_IN_THROTTLED: SIGN_IN_THROTTLED_TEMPLATE,
  SURVEY_REMINDER: SURVEY_REMINDER_TEMPLATE,
  SURVEY_INVITATION: SURVEY_INVITATION_TEMPLATE,
};

/** Renders a mail in the language given; an unknown language falls back to English. */
export function renderMail<K extends MailKind>(
  kind: K,
  language: string,
  params: MailKinds[K],
): RenderedMail & { language: Locale } {
  const locale: Locale = isLocale(language) ? language : DEFAULT_LOCALE;
  return { ...TEMPLATES[kind][locale](params), language: locale };
}
