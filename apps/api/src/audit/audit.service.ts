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

  /**
   * Records that `actorPersonId` read data of `personId` (GDPR accountability: the person and ADMIN
   * can ask who read it). Reading one's own data is not recorded; a reader's repeated reads of the
   * same person within the hour are one event.
   */
  async recordRead(
    manager: EntityManager,
    entry: { actorPersonId: string; operation: AuditOperation; personId: string; summary: string },
  ): Promise<void> {
    if (entry.actorPersonId === entry.personId) return;
    await this.events.insertRead(manager, { ...entry, summary: entry.summary.slice(0, 500), requestId: null });
  }
}
