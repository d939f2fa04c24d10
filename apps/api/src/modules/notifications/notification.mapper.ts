import type { Notification } from './notification.entity';
import type { NotificationKind } from './notification-kinds';
import type { NotificationModel } from './notification.model';

export function toNotificationModel(n: Notification): NotificationModel {
  const { targetType, targetId, ...rest } = n.payload;
  return {
    id: n.id,
    kind: n.kind as NotificationKind,
    targetType: targetType == null ? null : String(targetType),
    targetId: targetId == null ? null : String(targetId),
    params: Object.entries(rest)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([name, value]) => ({ name, value: String(value) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}
