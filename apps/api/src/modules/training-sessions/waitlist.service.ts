import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { EnrolmentsRepository } from './enrolments.repository';
import { SessionMailer } from './session-mail';
import { TrainingSessionsRepository } from './training-sessions.repository';

/**
 * The self-promoting waitlist, apart from booking because two use cases free seats: a cancellation
 * (`EnrolmentsService`) and a larger capacity (`TrainingSessionsService`). The rule is written in
 * the comment of `EnrolmentsService`.
 */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly repo: EnrolmentsRepository,
    private readonly sessions: TrainingSessionsRepository,
    private readonly mailer: SessionMailer,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Promotes waitlisted enrolments while one fits (the rule is in the comment of EnrolmentsService). The caller
   * holds the session's row lock. Answers the outbox ids of the mails telling the promoted people.
   */
  async promote(m: EntityManager, sessionId: string): Promise<string[]> {
    const promoted: string[] = [];
    for (
      let next = await this.repo.nextThatFits(m, sessionId);
      next;
      next = await this.repo.nextThatFits(m, sessionId)
    ) {
      await this.repo.markConfirmed(m, next.id);
      await this.repo.addSeats(m, sessionId, next.seats);
      promoted.push(next.id);
    }
    if (!promoted.length) return [];
    const [session] = await this.sessions.viewsOf(m, [sessionId]);
    const people = await this.repo.peopleOf(m, promoted);
    await this.notifications.notify(m, people, 'ENROLMENT_PROMOTED', {
      targetType: 'TrainingSession',
      targetId: sessionId,
      moduleCode: session.moduleCode,
    });
    return this.mailer.queue(m, people, 'ENROLMENT_PROMOTED', session, {});
  }
}
