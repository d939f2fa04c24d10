import type { EntityManager } from 'typeorm';
import { CompletionRule } from './completion-rule.entity';
import { REFRESH_SQL, ruleParams, TALLY_SQL } from './completion.sql';

/** Used until an ADMIN sets the edition's rule: the "all three joint modules attended". */
export const DEFAULT_RULE: Omit<
  CompletionRule,
  'editionId' | 'updatedAt' | 'refreshedAt' | 'updatedById' | 'factsFingerprint'
> = {
  requiredJointNumbers: [1, 2, 3],
  minJointModules: 0,
  minNationalHours: '0',
  selfAssessmentKind: null,
  selfAssessmentModuleNumber: null,
  assignmentsMode: 'NONE',
  minAcceptedAssignments: 0,
  revision: 1,
};

export interface RefreshResult {
  /** Tutors computed, rows rewritten (their facts changed), statuses changed. */
  people: number;
  updated: number;
  changes: number;
}

/**
 * The edition's rule row, created with the default when missing, locked FOR UPDATE: a refresh and
 * a rule change of the same edition run one after the other, so history rows never interleave.
 */
export async function lockRule(manager: EntityManager, editionId: string): Promise<CompletionRule> {
  await manager.query(
    `INSERT INTO completion_rule (edition_id, required_joint_numbers) VALUES ($1, $2) ON CONFLICT (edition_id) DO NOTHING`,
    [editionId, DEFAULT_RULE.requiredJointNumbers],
  );
  return manager.getRepository(CompletionRule).findOneOrFail({
    where: { editionId },
    lock: { mode: 'pessimistic_write' },
  });
}

/** Recomputes the given people (or everyone, dropping rows of people no longer in the edition) in the caller's transaction. */
export async function refreshCompletion(
  manager: EntityManager,
  editionId: string,
  personIds: string[] | null = null,
): Promise<RefreshResult> {
  const rule = await lockRule(manager, editionId);
  const [result] = (await manager.query(REFRESH_SQL, [editionId, personIds, ...ruleParams(rule)])) as RefreshResult[];
  if (personIds === null) {
    await manager.query(
      `DELETE FROM completion_status cs WHERE cs.edition_id = $1
          AND NOT EXISTS (SELECT 1 FROM tutor_participation tp WHERE tp.edition_id = cs.edition_id AND tp.person_id = cs.person_id)`,
      [editionId],
    );
    await manager.update(CompletionRule, { editionId }, { refreshedAt: new Date() });
  }
  for (const sql of TALLY_SQL) await manager.query(sql, [editionId, personIds]);
  return result;
}
