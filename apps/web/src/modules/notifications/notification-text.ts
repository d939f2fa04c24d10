import { NOTIFICATION_KINDS as SENT_KINDS } from '@tandem/shared-domain';
import type { NotificationKind } from '@tandem/web-graphql';

/** Every kind the API sends (the schema's NotificationKind); a spec checks each has a text. */
export const NOTIFICATION_KINDS = SENT_KINDS satisfies readonly NotificationKind[];

export interface NotificationLike {
  kind: NotificationKind;
  targetType: string | null;
  targetId: string | null;
  params: readonly { name: string; value: string }[];
}

export type NotificationTextKey = `notifications.kinds.${NotificationKind}`;

/**
 * The catalogue key and ICU values of a notification's text. `country` is the name of the country
 * code in the viewer's language (the caller passes Intl's name for it).
 */
export function notificationText(
  notification: NotificationLike,
  countryName: (code: string) => string,
): { key: NotificationTextKey; values: Record<string, string | number> } {
  const param = (name: string) => notification.params.find((p) => p.name === name)?.value ?? '';
  const countryCode = param('countryCode');
  const revision = Number(param('revision'));
  const values = {
    country: countryCode ? countryName(countryCode) : '',
    revision: Number.isFinite(revision) ? revision : 0,
    actor: param('actorName'),
    edition: param('editionName'),
    organisation: param('organisationName'),
    assignment: param('assignmentTitle'),
    module: param('moduleCode'),
    tandem: param('tandemNames'),
    outcome: param('outcome'),
    number: param('number'),
    holder: param('holder'),
    status: param('status'),
  };
  return { key: `notifications.kinds.${notification.kind}`, values };
}

/** Comments that go with a notification (a returned programme), shown below its text. */
export function notificationComments(notification: NotificationLike): string | null {
  return notification.params.find((p) => p.name === 'comments')?.value || null;
}

/** Where the notification leads, or null when its target has no page. */
export function notificationLink(notification: NotificationLike): string | null {
  if (!notification.targetId) return null;
  switch (notification.targetType) {
    case 'NationalProgramme':
      return `/national-programmes/${notification.targetId}`;
    case 'Module':
      return `/modules/${notification.targetId}`;
    case 'AssignmentSubmission':
      return `/submissions/${notification.targetId}`;
    case 'NetworkApplication':
      return `/network/applications/${notification.targetId}`;
    case 'Certificate':
      return '/certificates';
    case 'TrainingSession':
      return `/sessions/${notification.targetId}`;
    case 'FlaggedCertificate':
      return '/certificates/manage?flagged=1';
    default:
      return null;
  }
}
