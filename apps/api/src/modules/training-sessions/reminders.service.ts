import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../jobs/job-queue.service';
import { MailService } from '../mail/mail.service';
import { queueSessionMail } from './session-mail';
import { NO_VIEWER, sessionViewsWhere } from './session-views';

export const SEND_REMINDERS_JOB = 'sessions.send-reminders';

/**
 * Reminders 7 days and 24 hours before a session, to every person with a CONFIRMED seat, in their language.
 *
 * A pg-boss cron (once across replicas) runs `sendDue` every five minutes. What makes a reminder go out
 * exactly once is the database, not the queue: claiming it inserts (session, person, kind) into
 * session_reminder with ON CONFLICT DO NOTHING in the same transaction as its outbox mail. A restart,
 * a late run or two overlapping runs therefore neither lose nor duplicate one; the session status is
 * read when the job runs, so a cancelled session sends none. The 7-day reminder goes only to seats
 * confirmed before that point (a later booking gets the 24-hour one).
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
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
    const mailIds = await this.db.transaction(async (manager) => {
      const claimed: { session_id: string; person_id: string; kind: string }[] = await manager.query(
        `INSERT INTO session_reminder (session_id, person_id, kind)
         SELECT s.id, ep.person_id, k.kind
           FROM training_session s
           JOIN enrolment e ON e.session_id = s.id AND e.status = 'CONFIRMED'
           JOIN enrolment_person ep ON ep.enrolment_id = e.id
           CROSS JOIN (VALUES ('DAYS_7', interval '7 days'), ('HOURS_24', interval '24 hours')) AS k(kind, lead)
          WHERE s.status = 'SCHEDULED' AND s.starts_at > $1 AND s.starts_at - k.lead <= $1
            AND (k.kind = 'HOURS_24' OR (s.starts_at - interval '24 hours' > $1 AND e.confirmed_at <= s.starts_at - interval '7 days'))
         ON CONFLICT DO NOTHING
         RETURNING session_id, person_id, kind`,
        [now],
      );
      if (!claimed.length) return [];
      const bySession = new Map<string, string[]>();
      for (const c of claimed) bySession.set(c.session_id, [...(bySession.get(c.session_id) ?? []), c.person_id]);
      const sessions = await sessionViewsWhere(manager, NO_VIEWER, 's.id = ANY($2::uuid[])', [[...bySession.keys()]]);
      const ids: string[] = [];
      for (const session of sessions)
        ids.push(
          ...(await queueSessionMail(
            manager,
            this.mail,
            bySession.get(session.id) ?? [],
            'SESSION_REMINDER',
            session,
            {},
          )),
        );
      return ids;
    });
    await this.mail.dispatch(mailIds);
    return mailIds.length;
  }
}
