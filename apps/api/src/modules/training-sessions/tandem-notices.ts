import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import type { EnrolmentStatus } from './enrolment.entity';
import { EnrolmentsRepository } from './enrolments.repository';
import { SessionMailer } from './session-mail';
import type { SessionView } from './session-views';

const TANDEM_NOTIFICATION = {
  BOOKED: 'ENROLMENT_BOOKED_FOR_TANDEM',
  CANCELLED: 'ENROLMENT_CANCELLED_FOR_TANDEM',
  MOVED: 'ENROLMENT_MOVED_FOR_TANDEM',
} as const;

/** What a tandem's partner hears when the other (or a coordinator) books, cancels or moves for both. */
@Injectable()
export class TandemNotices {
  constructor(
    private readonly repo: EnrolmentsRepository,
    private readonly mailer: SessionMailer,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Tells the tandem's people other than the one acting (the partner; both when a coordinator acts)
   * of a booking, cancellation or move: a notification and a mail in their language, in the caller's
   * transaction. A move is one message naming the session it left (`from`), not a cancellation and a
   * booking. Answers the outbox ids to dispatch after commit.
   */
  async tellTandem(
    m: EntityManager,
    viewer: Viewer,
    personIds: readonly string[],
    change: 'BOOKED' | 'CANCELLED' | 'MOVED',
    session: SessionView,
    enrolmentStatus: EnrolmentStatus,
    from?: SessionView,
  ): Promise<string[]> {
    const told = personIds.filter((id) => id !== viewer.personId);
    if (!told.length) return [];
    const actorName = await this.repo.displayName(m, viewer.personId);
    await this.notifications.notify(m, told, TANDEM_NOTIFICATION[change], {
      targetType: 'TrainingSession',
      targetId: session.id,
      actorName,
      moduleCode: session.moduleCode,
      status: enrolmentStatus,
    });
    const waitlisted = enrolmentStatus === 'WAITLISTED';
    if (change === 'MOVED' && from)
      return this.mailer.queue(m, told, 'TANDEM_MOVED', session, { actorName, waitlisted }, from);
    return this.mailer.queue(m, told, change === 'BOOKED' ? 'TANDEM_BOOKED' : 'TANDEM_CANCELLED', session, {
      actorName,
      waitlisted,
    });
  }
}
