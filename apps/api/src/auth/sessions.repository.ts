import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Grant } from './viewer';

interface SessionRow {
  id: string;
  person_id: string;
  last_seen_at: Date;
}

interface GrantRow {
  role: Grant['role'];
  scope_kind: Grant['scopeKind'];
  country_code: string | null;
  organisation_id: string | null;
}

export interface LiveSession extends SessionRow {
  grants: Grant[];
}

export interface NewSession {
  tokenHash: string;
  personId: string;
  idleSeconds: number;
  absoluteSeconds: number;
  ip: string | null;
  userAgent: string | null;
}

/** The SQL of server-side sessions. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * A live session of an active person by its token hash, with the person's role grants, or null. One
   * statement: every signed-in request runs it first.
   */
  async live(tokenHash: string): Promise<LiveSession | null> {
    const [row]: (SessionRow & { grants: GrantRow[] })[] = await this.db.query(
      `SELECT s.id, s.person_id, s.last_seen_at,
              coalesce((SELECT json_agg(json_build_object('role', g.role, 'scope_kind', g.scope_kind,
                                                          'country_code', g.country_code::text, 'organisation_id', g.organisation_id))
                          FROM role_grant g WHERE g.person_id = s.person_id), '[]') AS grants
         FROM session s JOIN person p ON p.id = s.person_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND p.deactivated_at IS NULL`,
      [tokenHash],
    );
    if (!row) return null;
    return {
      id: row.id,
      person_id: row.person_id,
      last_seen_at: row.last_seen_at,
      grants: row.grants.map((r) => ({
        role: r.role,
        scopeKind: r.scope_kind,
        countryCode: r.country_code,
        organisationId: r.organisation_id,
      })),
    };
  }

  /** Slides the idle expiry, never past the absolute one. */
  async touch(sessionId: string, idleSeconds: number): Promise<void> {
    await this.db.query(
      `UPDATE session SET last_seen_at = now(),
         expires_at = LEAST(absolute_expires_at, now() + make_interval(secs => $2))
       WHERE id = $1`,
      [sessionId, idleSeconds],
    );
  }

  async insert(manager: EntityManager, s: NewSession): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO session (token_hash, person_id, last_seen_at, expires_at, absolute_expires_at, ip, user_agent)
       VALUES ($1, $2, now(), now() + make_interval(secs => $3), now() + make_interval(secs => $4), $5, $6) RETURNING id`,
      [s.tokenHash, s.personId, s.idleSeconds, s.absoluteSeconds, s.ip, s.userAgent],
    );
    return row.id;
  }

  async delete(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`DELETE FROM session WHERE id = $1`, [sessionId]);
  }

  /** Ends the person's sessions except `keep` (null: all); answers how many. */
  async deleteOfPerson(manager: EntityManager, personId: string, keep: string | null): Promise<number> {
    const rows: { id: string }[] = await manager.query(
      `DELETE FROM session WHERE person_id = $1 AND ($2::uuid IS NULL OR id <> $2) RETURNING id`,
      [personId, keep],
    );
    return rows.length;
  }
}
