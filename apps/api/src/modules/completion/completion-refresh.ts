import type { EntityManager } from 'typeorm';
import type { CompletionRule } from './completion-rule.entity';
import { CompletionRepository, type RefreshResult } from './completion.repository';
import { completionQuery } from './completion.sql';

export type { RefreshResult } from './completion.repository';

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

/**
 * The edition's rule row, created with the default when missing, locked FOR UPDATE: a refresh and
 * a rule change of the same edition run one after the other, so history rows never interleave.
 */
export function lockRule(
  manager: EntityManager,
  editionId: string,
  completion = new CompletionRepository(),
): Promise<CompletionRule> {
  return completion.lockRule(manager, editionId, DEFAULT_RULE.requiredJointNumbers);
}

/**
 * Recomputes the given people (or everyone, dropping rows of people no longer in the edition) in
 * the caller's transaction. (The demo loader calls it without the Nest container.)
 */
export async function refreshCompletion(
  manager: EntityManager,
  editionId: string,
  personIds: string[] | null = null,
  completion = new CompletionRepository(),
): Promise<RefreshResult> {
  const rule = await lockRule(manager, editionId, completion);
  const result = await completion.refresh(manager, completionQuery(editionId, personIds, rule));
  if (personIds === null) {
    await completion.dropLeavers(manager, editionId);
    await completion.updateRule(manager, editionId, { refreshedAt: new Date() });
  }
  await completion.rebuildTallies(manager, editionId, personIds);
  return result;
}
