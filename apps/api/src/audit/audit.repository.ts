import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { execute, one, rows, sql } from '../database/sql';
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
  /** Only the events about this person (target Person): reads of their data, changes to their account. */
  subjectPersonId?: string;
}

// Served by ix_audit_event_operation_at when an operation is asked for, ix_audit_event_target for a person.
const where = (filter: AuditFilter) =>
  sql.and([
    filter.operation != null && sql`a.operation = ${filter.operation}`,
    filter.subjectPersonId !== undefined &&
      sql`a.target_type = 'Person' AND a.target_id = ${filter.subjectPersonId}::text`,
  ]);

/** The audit log: written in the transaction of each change, read newest first. */
@Injectable()
export class AuditRepository {
  async insert(db: EntityManager, event: Omit<AuditEvent, 'id' | 'occurredAt'>): Promise<void> {
    await db.insert(AuditEvent, event);
  }

  /**
   * A read of someone's data, unless the same reader read the same person's data by the same
   * operation within the hour: the log answers who read what, without a row for every page view.
   */
  async insertRead(
    db: EntityManager,
    event: { actorPersonId: string; operation: string; personId: string; summary: string; requestId: string | null },
  ): Promise<void> {
    await execute(
      db,
      sql`INSERT INTO audit_event (actor_person_id, operation, target_type, target_id, summary, request_id)
          SELECT ${event.actorPersonId}::uuid, ${event.operation}, 'Person', ${event.personId}::text, ${event.summary}, ${event.requestId}
           WHERE NOT EXISTS (SELECT 1 FROM audit_event
                              WHERE actor_person_id = ${event.actorPersonId} AND occurred_at > now() - interval '1 hour'
                                AND operation = ${event.operation} AND target_type = 'Person' AND target_id = ${event.personId}::text)`,
    );
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
