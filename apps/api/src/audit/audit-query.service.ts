import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEventPageModel } from './audit-event.model';
import { AuditFilter, AuditRepository } from './audit.repository';

@Injectable()
export class AuditQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: AuditRepository,
  ) {}

  /** Newest first, optionally of one operation. The page and the count run on two pooled connections at once (no transaction is shared). */
  async page(filter: AuditFilter, first: number, offset: number): Promise<AuditEventPageModel> {
    const [rows, total] = await Promise.all([
      this.events.page(this.db.manager, filter, first, offset),
      this.events.count(this.db.manager, filter),
    ]);
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurred_at,
        actorName: r.actor_name,
        operation: r.operation,
        targetType: r.target_type,
        targetId: r.target_id,
        summary: r.summary,
      })),
    };
  }
}
