import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AttendanceStatus } from './attendance.entity';

/** The SQL of attendance. */
@Injectable()
export class AttendanceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Of these people, those with a CONFIRMED seat in the session. */
  async confirmedAmong(manager: EntityManager, sessionId: string, personIds: readonly string[]): Promise<string[]> {
    const rows: { person_id: string }[] = await manager.query(
      `SELECT person_id FROM enrolment_person WHERE session_id = $1 AND enrolment_status = 'CONFIRMED' AND person_id = ANY($2::uuid[])`,
      [sessionId, personIds],
    );
    return rows.map((r) => r.person_id);
  }

  async upsert(
    manager: EntityManager,
    sessionId: string,
    entries: readonly { personId: string; status: AttendanceStatus }[],
    method: 'MANUAL' | 'QR',
    markedById: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO attendance (session_id, person_id, status, method, marked_by_id, marked_at)
       SELECT $1, x.person_id, x.status, $3, $4, now() FROM unnest($2::uuid[], $5::text[]) AS x(person_id, status)
       ON CONFLICT (session_id, person_id) DO UPDATE SET status = excluded.status, method = excluded.method,
         marked_by_id = excluded.marked_by_id, marked_at = excluded.marked_at`,
      [sessionId, entries.map((e) => e.personId), method, markedById, entries.map((e) => e.status)],
    );
  }
}
