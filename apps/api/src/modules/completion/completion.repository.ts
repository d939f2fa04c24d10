import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { execute, one, rows, sql } from '../../database/sql';
import { CompletionRule } from './completion-rule.entity';
import type { CompletionStatusValue } from './completion-status.entity';
import { factsFingerprintSql, progressSql, refreshSql, tallySql, type CompletionQuery } from './completion.sql';
import { ParticipationWithdrawal } from './participation-withdrawal.entity';

export interface RefreshResult {
  /** Tutors computed, rows rewritten (their facts changed), statuses changed. */
  people: number;
  updated: number;
  changes: number;
}

/** One tutor's facts and status as the progress page reads them, computed live. */
export interface ProgressRow {
  person_id: string;
  status: CompletionStatusValue;
  trained_at: Date | null;
  on_track: boolean;
  national_hours: number;
  joint_attended: number[];
  self_assessment_done: boolean;
  assignments_accepted: number;
  assignments_required: number;
  hours_ahead: number;
  joint_ahead: number[];
  computed_at: Date;
}

export interface StatusChangeRow {
  edition_id: string;
  edition_name: string;
  from_status: CompletionStatusValue | null;
  to_status: CompletionStatusValue;
  effective_at: Date;
  recorded_at: Date;
}

export type RuleValues = Pick<
  CompletionRule,
  | 'requiredJointNumbers'
  | 'minJointModules'
  | 'minNationalHours'
  | 'selfAssessmentKind'
  | 'selfAssessmentModuleNumber'
  | 'assignmentsMode'
  | 'minAcceptedAssignments'
  | 'revision'
  | 'updatedById'
>;

/** The completion rules, the derived statuses (completion.sql.ts computes them set-based) and withdrawals. */
@Injectable()
export class CompletionRepository {
  rule(db: EntityManager, editionId: string): Promise<CompletionRule | null> {
    return db.getRepository(CompletionRule).findOneBy({ editionId });
  }

  /** The edition's rule row, created with `requiredJointNumbers` when missing, locked FOR UPDATE. */
  async lockRule(db: EntityManager, editionId: string, requiredJointNumbers: number[]): Promise<CompletionRule> {
    await execute(
      db,
      sql`INSERT INTO completion_rule (edition_id, required_joint_numbers) VALUES (${editionId}, ${requiredJointNumbers})
          ON CONFLICT (edition_id) DO NOTHING`,
    );
    return db
      .getRepository(CompletionRule)
      .findOneOrFail({ where: { editionId }, lock: { mode: 'pessimistic_write' } });
  }

  async updateRule(
    db: EntityManager,
    editionId: string,
    values: Partial<RuleValues & Pick<CompletionRule, 'refreshedAt' | 'factsFingerprint'>>,
  ): Promise<void> {
    await db.update(CompletionRule, { editionId }, values);
  }

  /** Recomputes the statuses of the query's people (or everyone) and appends the history of changes. */
  refresh(db: EntityManager, query: CompletionQuery): Promise<RefreshResult> {
    return one<RefreshResult>(db, refreshSql(query));
  }

  /** Drops the statuses of people no longer taking part in the edition. */
  async dropLeavers(db: EntityManager, editionId: string): Promise<void> {
    await execute(
      db,
      sql`DELETE FROM completion_status cs WHERE cs.edition_id = ${editionId}
            AND NOT EXISTS (SELECT 1 FROM tutor_participation tp WHERE tp.edition_id = cs.edition_id AND tp.person_id = cs.person_id)`,
    );
  }

  /** Rebuilds the cockpit's tallies (of the whole edition, or of the organisations of `personIds`). */
  async rebuildTallies(db: EntityManager, editionId: string, personIds: string[] | null): Promise<void> {
    for (const statement of tallySql(editionId, personIds)) await execute(db, statement);
  }

  progress(db: EntityManager, query: CompletionQuery): Promise<ProgressRow> {
    return one<ProgressRow>(db, progressSql(query));
  }

  /** The person's status changes in every edition, newest first (the append-only history the refresh writes). */
  statusHistory(db: EntityManager, personId: string): Promise<StatusChangeRow[]> {
    return rows<StatusChangeRow>(
      db,
      sql`SELECT c.edition_id, e.name AS edition_name, c.from_status, c.to_status, c.effective_at, c.recorded_at
            FROM completion_status_change c JOIN edition e ON e.id = c.edition_id
           WHERE c.person_id = ${personId} ORDER BY c.recorded_at DESC, c.id DESC LIMIT 200`,
    );
  }

  /** Editions running today (past editions' facts no longer change). */
  async runningEditions(db: EntityManager): Promise<string[]> {
    const found = await rows<{ id: string }>(
      db,
      sql`SELECT id FROM edition WHERE current_date BETWEEN starts_on AND ends_on`,
    );
    return found.map((r) => r.id);
  }

  async factsFingerprint(db: EntityManager, editionId: string): Promise<string> {
    return (await one<{ fingerprint: string }>(db, factsFingerprintSql(editionId))).fingerprint;
  }

  /** Records the withdrawal; false when the tutor had already withdrawn. */
  async addWithdrawal(
    db: EntityManager,
    values: Pick<ParticipationWithdrawal, 'editionId' | 'personId' | 'reason' | 'withdrawnById'>,
  ): Promise<boolean> {
    const inserted = await db
      .createQueryBuilder()
      .insert()
      .into(ParticipationWithdrawal)
      .values(values)
      .orIgnore()
      .execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  /** Removes the withdrawal; false when there was none. */
  async removeWithdrawal(db: EntityManager, editionId: string, personId: string): Promise<boolean> {
    return !!(await db.delete(ParticipationWithdrawal, { editionId, personId })).affected;
  }
}
