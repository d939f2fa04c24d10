import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { KeyedGate } from '../../common/keyed-gate';
import { Errors } from '../../common/domain-error';
import type { SessionStatus } from './training-session.entity';

export interface LockedSession {
  id: string;
  status: SessionStatus;
  capacity: number;
  seats_taken: number;
  enrolment_deadline: Date;
  starts_at: Date;
  sequence: number;
}

/**
 * THE LOCK ORDER of every operation that changes seats (book, cancel, move, capacity change, session
 * cancellation, completion, promotion). Each takes, in this order and only in this order:
 *
 *   0. in the process: the session gate(s) (`gate`, sorted by session id), waiting without a connection;
 *   1. the per-person advisory locks of the people it seats (`lockPeople`, sorted by person id);
 *   2. the session rows (`lockSessions`, SELECT … FOR UPDATE, sorted by session id);
 *   3. enrolment rows of those sessions (FOR UPDATE, or by UPDATE while promoting).
 *
 * A step may be skipped, never reversed: a transaction that holds a session row never asks for a
 * person lock afterwards, so two transactions can never wait on each other in a cycle. Step 0 keeps
 * bookings of one session from parking the whole connection pool on its row lock: they queue in memory
 * and each is answered as its own transaction commits.
 */
@Injectable()
export class SeatLocks {
  /**
   * Six per session: one holding its row lock, five ready and queued on it (see KeyedGate); the other
   * connections of the pool (10) stay free for everyone else during a burst.
   */
  private readonly sessions = new KeyedGate(6);

  /** Step 0: runs `work` (which opens the transaction) once this process's earlier work on these sessions is done. */
  gate<T>(sessionIds: readonly string[], work: () => Promise<T>): Promise<T> {
    return this.sessions.run(
      sessionIds.map((id) => `session:${id}`),
      work,
    );
  }

  /** Step 1: one tandem's (or tutor's) bookings across sessions run one at a time, so overlap checks cannot race. */
  async lockPeople(manager: EntityManager, personIds: readonly string[]): Promise<void> {
    // One statement; unnest yields the sorted ids in order, so the locks are taken in that order.
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('enrolment:' || x.id, 0)) FROM unnest($1::text[]) WITH ORDINALITY AS x(id, n) ORDER BY x.n`,
      [[...new Set(personIds)].sort()],
    );
  }

  /** Step 2: from here to commit this transaction alone reads and writes these sessions' seats. */
  async lockSessions(manager: EntityManager, sessionIds: readonly string[]): Promise<Map<string, LockedSession>> {
    const locked = new Map<string, LockedSession>();
    for (const id of [...new Set(sessionIds)].sort()) {
      const [row]: LockedSession[] = await manager.query(
        `SELECT id, status, capacity, seats_taken, enrolment_deadline, starts_at, sequence FROM training_session WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw Errors.notFound('Training session');
      locked.set(id, row);
    }
    return locked;
  }

  async lockSession(manager: EntityManager, sessionId: string): Promise<LockedSession> {
    return (await this.lockSessions(manager, [sessionId])).get(sessionId) as LockedSession;
  }
}
