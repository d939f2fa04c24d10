import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@tandem/shared-domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { Notification, NotificationPayload } from './notification.entity';
import { NOTIFICATION_KINDS, NotificationKind } from './notification-kinds';

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Sends one notification to each recipient, through the caller's transaction: it is delivered if
   * and only if the change it announces commits. (E-mail joins here when the directory issue adds mail.)
   */
  async notify(
    manager: EntityManager,
    recipientIds: readonly string[],
    kind: NotificationKind,
    payload: NotificationPayload,
  ): Promise<number> {
    const recipients = [...new Set(recipientIds)];
    if (!recipients.length) return 0;
    await manager.insert(
      Notification,
      recipients.map((recipientPersonId) => ({ recipientPersonId, kind, payload })),
    );
    return recipients.length;
  }

  /** Active people holding the role (in the country, for country-scoped roles). */
  async holdersOf(manager: EntityManager, role: Role, countryCode?: string): Promise<string[]> {
    const rows: { person_id: string }[] = await manager.query(
      `SELECT DISTINCT g.person_id
         FROM role_grant g JOIN person p ON p.id = g.person_id
        WHERE g.role = $1 AND p.deactivated_at IS NULL AND ($2::char(2) IS NULL OR g.country_code = $2)`,
      [role, countryCode ?? null],
    );
    return rows.map((r) => r.person_id);
  }

  mine(viewer: Viewer, first: number, unreadOnly: boolean): Promise<Notification[]> {
    return this.db.getRepository(Notification).find({
      where: {
        recipientPersonId: viewer.personId,
        kind: In(NOTIFICATION_KINDS),
        ...(unreadOnly ? { readAt: IsNull() } : {}),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: first,
    });
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.db
      .getRepository(Notification)
      .countBy({ recipientPersonId: viewer.personId, kind: In(NOTIFICATION_KINDS), readAt: IsNull() });
  }

  /** Marks the viewer's own notifications read; an id that is not the viewer's is NOT_FOUND and nothing changes. */
  async markRead(viewer: Viewer, ids: string[]): Promise<Notification[]> {
    const unique = [...new Set(ids)];
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(Notification);
      const own = await repo.findBy({
        id: In(unique),
        recipientPersonId: viewer.personId,
        kind: In(NOTIFICATION_KINDS),
      });
      if (own.length !== unique.length) throw Errors.notFound('Notification');
      await manager
        .createQueryBuilder()
        .update(Notification)
        .set({ readAt: () => 'now()' })
        .where('id IN (:...ids) AND recipient_person_id = :me AND read_at IS NULL', {
          ids: unique,
          me: viewer.personId,
        })
        .execute();
      return repo.find({ where: { id: In(unique) }, order: { createdAt: 'DESC', id: 'ASC' } });
    });
  }
}
