import { Injectable } from '@nestjs/common';
import type { Role } from '@tandem/shared-domain';
import { In, IsNull, type EntityManager } from 'typeorm';
import { execute, rows, sql } from '../../database/sql';
import { Notification, type NotificationPayload } from './notification.entity';
import { NOTIFICATION_KINDS } from './notification-kinds';

const KNOWN = In([...NOTIFICATION_KINDS]);

/** In-app notifications (only the kinds this version knows are read back) and who holds a role. */
@Injectable()
export class NotificationsRepository {
  async insert(
    db: EntityManager,
    recipientIds: readonly string[],
    kind: string,
    payload: NotificationPayload,
  ): Promise<void> {
    await db.insert(
      Notification,
      recipientIds.map((recipientPersonId) => ({ recipientPersonId, kind, payload })),
    );
  }

  /** Active people holding the role: anywhere (`countries` null), or in one of the countries. */
  async holders(db: EntityManager, role: Role, countries: readonly string[] | null): Promise<string[]> {
    const found = await rows<{ person_id: string }>(
      db,
      sql`SELECT DISTINCT g.person_id
            FROM role_grant g JOIN person p ON p.id = g.person_id
           WHERE g.role = ${role} AND p.deactivated_at IS NULL
             AND (${countries}::text[] IS NULL OR g.country_code::text = ANY(${countries}::text[]))`,
    );
    return found.map((r) => r.person_id);
  }

  recent(db: EntityManager, personId: string, first: number, unreadOnly: boolean): Promise<Notification[]> {
    return db.getRepository(Notification).find({
      where: { recipientPersonId: personId, kind: KNOWN, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: first,
    });
  }

  unreadCount(db: EntityManager, personId: string): Promise<number> {
    return db.getRepository(Notification).countBy({ recipientPersonId: personId, kind: KNOWN, readAt: IsNull() });
  }

  /** Those of `ids` addressed to the person, newest first. */
  own(db: EntityManager, personId: string, ids: readonly string[]): Promise<Notification[]> {
    return db.getRepository(Notification).find({
      where: { id: In([...ids]), recipientPersonId: personId, kind: KNOWN },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  async markRead(db: EntityManager, personId: string, ids: readonly string[]): Promise<void> {
    await execute(
      db,
      sql`UPDATE notification SET read_at = now()
           WHERE id = ANY(${ids}::uuid[]) AND recipient_person_id = ${personId} AND read_at IS NULL`,
    );
  }
}
