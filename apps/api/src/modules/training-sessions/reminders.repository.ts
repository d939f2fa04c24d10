import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface ClaimedReminder {
  session_id: string;
  person_id: string;
  kind: 'DAYS_7' | 'HOURS_24';
}

/** The SQL of reminders. */
@Injectable()
export class RemindersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * Claims every reminder due at `now`: (session, person, kind) inserted with ON CONFLICT DO NOTHING,
   * so each is claimed once across runs and replicas. The 7-day one goes only to seats confirmed
   * before that point (a later booking gets the 24-hour one); a cancelled session gets none.
   */
  async claimDue(manager: EntityManager, now: Date): Promise<ClaimedReminder[]> {
    return manager.query(
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
  }
}
