import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEventPageModel } from './audit-event.model';

@Injectable()
export class AuditQueryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Newest first, with the actor's name joined in the same query (no N+1). */
  async page(first: number, offset: number): Promise<AuditEventPageModel> {
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(
        `SELECT a.id, a.occurred_at, a.operation, a.target_type, a.target_id, a.summary,
                p.given_name || ' ' || p.family_name AS actor_name
           FROM audit_event a LEFT JOIN person p ON p.id = a.actor_person_id
          ORDER BY a.occurred_at DESC, a.id DESC
          LIMIT $1 OFFSET $2`,
        [first, offset],
      ),
      this.db.query(`SELECT count(*)::int AS total FROM audit_event`),
    ]);
    return {
      total,
      items: rows.map((r: Record<string, unknown>) => ({
        id: String(r['id']),
        occurredAt: r['occurred_at'] as Date,
        actorName: (r['actor_name'] as string | null) ?? null,
        operation: r['operation'] as string,
        targetType: r['target_type'] as string,
        targetId: (r['target_id'] as string | null) ?? null,
        summary: r['summary'] as string,
      })),
    };
  }
}
