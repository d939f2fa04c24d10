import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { one, rows, sql } from '../../database/sql';
import { OutboxMessage, type OutboxStatus } from './outbox-message.entity';

export type NewOutboxMessage = Pick<
  OutboxMessage,
  'recipientEmail' | 'recipientPersonId' | 'language' | 'kind' | 'subject' | 'textBody'
>;

/** Rows per INSERT: keeps the bind-parameter count under PostgreSQL's limit on large imports. */
const CHUNK = 1000;

/** The mail outbox: messages rendered into the sender's transaction, then delivered one by one. */
@Injectable()
export class OutboxRepository {
  /** Inserts the messages and answers their ids, in order. */
  async insert(db: EntityManager, messages: readonly NewOutboxMessage[]): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < messages.length; i += CHUNK) {
      const result = await db.insert(OutboxMessage, messages.slice(i, i + CHUNK));
      ids.push(...result.identifiers.map((x) => x['id'] as string));
    }
    return ids;
  }

  /** The message locked for sending; null when another worker holds it (SKIP LOCKED) or it is gone. */
  lockForDelivery(db: EntityManager, id: string): Promise<OutboxMessage | null> {
    return db
      .getRepository(OutboxMessage)
      .createQueryBuilder('m')
      .where('m.id = :id', { id })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
  }

  async recordAttempt(
    db: EntityManager,
    id: string,
    attempt: { status: OutboxStatus; attempts: number; lastError: string | null; sentAt?: Date },
  ): Promise<void> {
    await db.update(OutboxMessage, id, attempt);
  }

  /** Messages left QUEUED for over a minute (a dispatch lost between commit and queue), oldest first. */
  async stuck(db: EntityManager, limit: number): Promise<string[]> {
    const found = await rows<{ id: string }>(
      db,
      sql`SELECT id FROM outbox_message WHERE status = 'QUEUED' AND updated_at < now() - interval '1 minute'
           ORDER BY created_at LIMIT ${limit}`,
    );
    return found.map((r) => r.id);
  }

  async count(db: EntityManager): Promise<number> {
    return (await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM outbox_message`)).n;
  }

  /** Newest first, after the keyset (created_at, id) when given. */
  page(db: EntityManager, limit: number, after: { createdAt: string; id: string } | null): Promise<OutboxMessage[]> {
    const query = db.getRepository(OutboxMessage).createQueryBuilder('m');
    if (after)
      query.where('(m.created_at, m.id) < (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))', {
        createdAt: after.createdAt,
        id: after.id,
      });
    return query.orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC').limit(limit).getMany();
  }
}
