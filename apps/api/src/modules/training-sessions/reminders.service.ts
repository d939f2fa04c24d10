import { Injectable } from '@nestjs/common';
import { JobQueue } from '../../jobs/job-queue.service';
import { RemindersRepository } from './reminders.repository';
import { SessionMailer } from './session-mail';
import { TrainingSessionsRepository } from './training-sessions.repository';

export const SEND_REMINDERS_JOB = 'sessions.send-reminders';

/**
 * Reminders 7 days and 24 hours before a session, to every person with a CONFIRMED seat, in their language.
 *
 * A pg-boss cron (once across replicas) runs `sendDue` every five minutes. What makes a reminder go out
 * exactly once is the database, not the queue: claiming it inserts (session, person, kind) into
 * session_reminder with ON CONFLICT DO NOTHING in the same transaction as its outbox mail. A restart,
 * a late run or two overlapping runs therefore neither lose nor duplicate one; the session status is
 * read when the job runs, so a cancelled session sends none.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly repo: RemindersRepository,
    private readonly sessions: TrainingSessionsRepository,
    private readonly mailer: SessionMailer,
    jobs: JobQueue,
  ) {
    jobs.define({
      name: SEND_REMINDERS_JOB,
      cron: '*/5 * * * *',
      handler: async () => void (await this.sendDue(new Date())),
    });
  }

  /** Sends the reminders due at `now`; answers how many were sent. */
  async sendDue(now: Date): Promise<number> {
    const mailIds = await this.repo.transaction(async (manager) => {
      const claimed = await this.repo.claimDue(manager, now);
      if (!claimed.length) return [];
      const bySession = new Map<string, string[]>();
      for (const c of claimed) bySession.set(c.session_id, [...(bySession.get(c.session_id) ?? []), c.person_id]);
      const ids: string[] = [];
      for (const session of await this.sessions.viewsOf(manager, [...bySession.keys()]))
        ids.push(
          ...(await this.mailer.queue(manager, bySession.get(session.id) ?? [], 'SESSION_REMINDER', session, {})),
        );
      return ids;
    });
    await this.mailer.dispatch(mailIds);
    return mailIds.length;
  }
}
