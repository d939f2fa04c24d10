import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@tandem/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { Notification, NotificationPayload } from './notification.entity';
import { NotificationKind } from './notification-kinds';
import { NotificationsRepository } from './notifications.repository';

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsRepository,
  ) {}

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
    await this.notifications.insert(manager, recipients, kind, payload);
    return recipients.length;
  }

  /** Active people holding the role (in the country, for country-scoped roles). */
  holdersOf(manager: EntityManager, role: Role, countryCode?: string): Promise<string[]> {
    return this.notifications.holders(manager, role, countryCode ? [countryCode] : null);
  }

  /** Active people holding the role in any of the countries, in one query. */
  holdersIn(manager: EntityManager, role: Role, countryCodes: readonly string[]): Promise<string[]> {
    return countryCodes.length ? this.notifications.holders(manager, role, countryCodes) : Promise.resolve([]);
  }

  mine(viewer: Viewer, first: number, unreadOnly: boolean): Promise<Notification[]> {
    return this.notifications.recent(this.db.manager, viewer.personId, first, unreadOnly);
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.notifications.unreadCount(this.db.manager, viewer.personId);
  }

  /** Marks the viewer's own notifications read; an id that is not the viewer's is NOT_FOUND and nothing changes. */
  async markRead(viewer: Viewer, ids: string[]): Promise<Notification[]> {
    const unique = [...new Set(ids)];
    return this.db.transaction(async (manager) => {
      const own = await this.notifications.own(manager, viewer.personId, unique);
      if (own.length !== unique.length) throw Errors.notFound('Notification');
      await this.notifications.markRead(manager, viewer.personId, unique);
      return this.notifications.own(manager, viewer.personId, unique);
    });
  }
}
