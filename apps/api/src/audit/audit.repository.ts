import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { one, rows, sql } from '../database/sql';
import { AuditEvent } from './audit-event.entity';

export interface AuditEventRow {
  id: string;
  occurred_at: Date;
  operation: string;
  target_type: string;
  target_id: string | null;
  summary: string;
  actor_name: string | null;
}

export interface AuditFilter {
  /** Null or absent: every operation (GraphQL sends null for a variable left empty). */
  operation?: string | null;
}

// Served by ix_audit_event_operation_at when an operation is asked for.
const where = (filter: AuditFilter) => sql.and([filter.operation != null && sql`a.operation = ${filter.operation}`]);

/** The audit log: written in the transaction of each change, read newest first. */
@Injectable()
export class AuditRepository {
  async insert(db: EntityManager, event: Omit<AuditEvent, 'id' | 'occurredAt'>): Promise<void> {
    await db.insert(AuditEvent, event);
  }

  /** A page, newest first, with the actor's name joined in (no N+1). */
  page(db: EntityManager, filter: AuditFilter, limit: number, offset: number): Promise<AuditEventRow[]> {
    return rows<AuditEventRow>(
      db,
      sql`SELECT a.id::text AS id, a.occurred_at, a.operation, a.target_type, a.target_id, a.summary,
                 p.given_name || ' ' || p.family_name AS actor_name
            FROM audit_event a LEFT JOIN person p ON p.id = a.actor_person_id
           WHERE ${where(filter)}
           ORDER BY a.occurred_at DESC, a.id DESC
           LIMIT ${limit} OFFSET ${offset}`,
    );
  }

  async count(db: EntityManager, filter: AuditFilter): Promise<number> {
    return (
      await one<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM audit_event a WHERE ${where(filter)}`)
    ).total;
  }
}
