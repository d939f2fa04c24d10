import { Injectable } from '@nestjs/common';
import type { AuditOperation } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import { AuditRepository } from './audit.repository';

export interface AuditEntry {
  actorPersonId: string | null;
  operation: AuditOperation;
  targetType: string;
  targetId: string | null;
  summary: string;
  requestId?: string | null;
}

@Injectable()
export class AuditService {
  // The default lets the demo loader and the benchmark record events without the Nest container.
  constructor(private readonly events: AuditRepository = new AuditRepository()) {}

  /** Records an event through the caller's transaction: the event exists if and only if the change does. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await this.events.insert(manager, {
      actorPersonId: entry.actorPersonId,
      operation: entry.operation,
      targetType: entry.targetType,
      targetId: entry.targetId,
      summary: entry.summary.slice(0, 500),
      requestId: entry.requestId ?? null,
    });
  }
}
