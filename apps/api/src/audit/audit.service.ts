import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  actorPersonId: string | null;
  operation: string;
  targetType: string;
  targetId: string | null;
  summary: string;
  requestId?: string | null;
}

@Injectable()
export class AuditService {
  /** Records an event through the caller's transaction: the event exists if and only if the change does. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEvent, {
      actorPersonId: entry.actorPersonId,
      operation: entry.operation,
      targetType: entry.targetType,
      targetId: entry.targetId,
      summary: entry.summary.slice(0, 500),
      requestId: entry.requestId ?? null,
    });
  }
}
