import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AttemptKind } from './login-attempt.entity';
import { SIGN_IN_THROTTLE, type SignInFailures } from './throttle-policy';

interface FailureRow {
  now: Date;
  pair_failures: number;
  last_pair_failure_at: Date | null;
  address_failures: number;
  last_address_failure_at: Date | null;
  account_failures: number;
}

export interface BucketRow {
  by_email: number;
  by_address: number;
  oldest: Date | null;
  now: Date;
}

/** The SQL of throttling: attempts in `login_attempt`, alerts in `sign_in_alert`. */
@Injectable()
export class LoginThrottleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * Serialises the decisions about one address until commit (a short lock, taken after the password
   * check, never held while hashing): of N parallel guesses, each sees the failures of those before it.
   */
  async lockAddress(manager: EntityManager, kind: AttemptKind, ip: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`throttle:${kind}:${ip}`]);
  }

  async signInFailures(email: string, ip: string, manager: EntityManager = this.db.manager): Promise<SignInFailures> {
    const [row]: FailureRow[] = await manager.query(
      `SELECT now() AS now,
              count(*) FILTER (WHERE email = $1 AND ip = $2)::int AS pair_failures,
              max(attempted_at) FILTER (WHERE email = $1 AND ip = $2) AS last_pair_failure_at,
              count(*) FILTER (WHERE ip = $2 AND attempted_at > now() - make_interval(mins => $3))::int AS address_failures,
              max(attempted_at) FILTER (WHERE ip = $2) AS last_address_failure_at,
              count(*) FILTER (WHERE email = $1)::int AS account_failures
         FROM login_attempt
        WHERE kind = 'SIGN_IN' AND (email = $1 OR ip = $2) AND attempted_at > now() - make_interval(hours => $4)`,
      [email, ip, SIGN_IN_THROTTLE.addressWindowMinutes, SIGN_IN_THROTTLE.memoryHours],
    );
    return {
      now: row.now,
      pairFailures: row.pair_failures,
      lastPairFailureAt: row.last_pair_failure_at,
      addressFailures: row.address_failures,
      lastAddressFailureAt: row.last_address_failure_at,
      accountFailures: row.account_failures,
    };
  }

  async record(manager: EntityManager, kind: AttemptKind, email: string, ip: string): Promise<void> {
    await manager.query(
      `INSERT INTO login_attempt (kind, email, ip, attempted_at) VALUES ($1, $2, $3, clock_timestamp())`,
      [kind, email, ip],
    );
  }

  /** A success from this address: its failures on this account are forgotten; day-old rows of everyone are pruned. */
  async clearPair(manager: EntityManager, email: string, ip: string): Promise<void> {
    await manager.query(`DELETE FROM login_attempt WHERE kind = 'SIGN_IN' AND email = $1 AND ip = $2`, [email, ip]);
    await manager.query(`DELETE FROM login_attempt WHERE attempted_at < now() - interval '1 day'`);
  }

  /** Requests of a bucket within the window, by e-mail and by address, and when the oldest of them was made. */
  async bucket(
    manager: EntityManager,
    kind: AttemptKind,
    email: string,
    ip: string,
    windowMinutes: number,
  ): Promise<BucketRow> {
    const [row]: BucketRow[] = await manager.query(
      `SELECT now() AS now,
              count(*) FILTER (WHERE email = $2 AND $2 <> '')::int AS by_email,
              count(*) FILTER (WHERE ip = $3)::int AS by_address,
              min(attempted_at) AS oldest
         FROM login_attempt
        WHERE kind = $1 AND ((email = $2 AND $2 <> '') OR ip = $3) AND attempted_at > now() - make_interval(mins => $4)`,
      [kind, email, ip, windowMinutes],
    );
    return row;
  }

  /** Claims today's alert for the account: true for the first caller in 24 hours. */
  async claimAlert(manager: EntityManager, email: string): Promise<boolean> {
    const rows: { email: string }[] = await manager.query(
      `INSERT INTO sign_in_alert (email, sent_at) VALUES ($1, now())
       ON CONFLICT (email) DO UPDATE SET sent_at = now() WHERE sign_in_alert.sent_at < now() - interval '24 hours'
       RETURNING email`,
      [email],
    );
    return rows.length > 0;
  }
}
