import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { execute, maybeOne, rows, sql } from '../../database/sql';
import type { StakeholderGroup } from './survey-definitions';

export interface NewInvitation {
  email: string;
  tokenHash: string;
}

/** Invited and answered per country and stakeholder group: counts only, never who. */
export interface InvitationCountRow {
  country_code: string;
  stakeholder_group: StakeholderGroup | null;
  invited: number;
  answered: number;
}

/** An invitation whose link was just used: the group its response counts in. */
export interface ClaimedInvitation {
  survey_id: string;
  country_code: string;
  language: string;
}

export interface PendingInvitation {
  id: string;
  email: string;
  language: string;
  expires_at: Date;
}

/** The SQL of stakeholders' one-time survey links (the token only as its hash). */
@Injectable()
export class SurveyInvitationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The addresses of `emails` already invited to the survey. */
  async invited(m: EntityManager, surveyId: string, emails: readonly string[]): Promise<string[]> {
    const list = await rows<{ email: string }>(
      m,
      sql`SELECT email FROM survey_invitation WHERE survey_id = ${surveyId} AND email = ANY(${emails}::text[])`,
    );
    return list.map((r) => r.email);
  }

  /** Inserts the invitations; answers the addresses stored (one invited at the same moment is left out). */
  async insert(
    m: EntityManager,
    invite: {
      surveyId: string;
      countryCode: string;
      group: StakeholderGroup | null;
      language: string;
      expiresAt: Date;
      invitedById: string;
    },
    list: readonly NewInvitation[],
  ): Promise<string[]> {
    const stored = await rows<{ email: string }>(
      m,
      sql`INSERT INTO survey_invitation (survey_id, country_code, email, stakeholder_group, language, token_hash, expires_at, invited_by_id)
          SELECT ${invite.surveyId}, ${invite.countryCode}, e, ${invite.group}, ${invite.language}, h, ${invite.expiresAt}, ${invite.invitedById}
            FROM unnest(${list.map((i) => i.email)}::text[], ${list.map((i) => i.tokenHash)}::text[]) AS x(e, h)
          ON CONFLICT DO NOTHING
          RETURNING email`,
    );
    return stored.map((r) => r.email);
  }

  counts(m: EntityManager, surveyId: string, countries?: readonly string[]): Promise<InvitationCountRow[]> {
    return rows<InvitationCountRow>(
      m,
      sql`SELECT country_code::text AS country_code, stakeholder_group, count(*)::int AS invited,
                 count(used_on)::int AS answered
            FROM survey_invitation
           WHERE ${sql.and([sql`survey_id = ${surveyId}`, countries && sql`country_code::text = ANY(${countries}::text[])`])}
           GROUP BY 1, 2 ORDER BY 1, 2 NULLS LAST`,
    );
  }

  /** The survey and language of a link that still works (unused, not expired), or null. */
  usable(m: EntityManager, tokenHash: string): Promise<{ survey_id: string; language: string } | null> {
    return maybeOne(
      m,
      sql`SELECT survey_id, language FROM survey_invitation
           WHERE token_hash = ${tokenHash} AND used_on IS NULL AND expires_at > now()`,
    );
  }

  /**
   * Uses up a link that still works. The row lock orders two submissions of one link: the second
   * waits, then finds it used (or, when the first rolled back, uses it itself).
   */
  claim(m: EntityManager, tokenHash: string): Promise<ClaimedInvitation | null> {
    return maybeOne<ClaimedInvitation>(
      m,
      sql`UPDATE survey_invitation SET used_on = current_date
           WHERE token_hash = ${tokenHash} AND used_on IS NULL AND expires_at > now()
          RETURNING survey_id, country_code::text AS country_code, language`,
    );
  }

  /** Invitations of the survey (in `countries`) whose links were not used and have not expired. */
  pending(m: EntityManager, surveyId: string, countries?: readonly string[]): Promise<PendingInvitation[]> {
    return rows<PendingInvitation>(
      m,
      sql`SELECT id, email, language, expires_at FROM survey_invitation
           WHERE ${sql.and([
             sql`survey_id = ${surveyId} AND used_on IS NULL AND expires_at > now()`,
             countries && sql`country_code::text = ANY(${countries}::text[])`,
           ])}
           ORDER BY email FOR UPDATE`,
    );
  }

  /** New links for these invitations (the old ones stop working). */
  async replaceTokens(m: EntityManager, ids: readonly string[], hashes: readonly string[]): Promise<void> {
    if (!ids.length) return;
    await execute(
      m,
      sql`UPDATE survey_invitation i SET token_hash = x.h, sent_count = i.sent_count + 1
            FROM unnest(${ids}::uuid[], ${hashes}::text[]) AS x(id, h) WHERE i.id = x.id`,
    );
  }
}
