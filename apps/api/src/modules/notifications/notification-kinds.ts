// The list is shared with the web app (libs/shared/domain).
export { NOTIFICATION_KINDS, type NotificationKind } from '@tandem/shared-domain';
