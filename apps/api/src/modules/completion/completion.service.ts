import type { FieldError } from '@tandem/shared-domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessFactsRepository } from '../../access-facts/access-facts.repository';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { JobQueue } from '../../jobs/job-queue.service';
import { EditionsService } from '../programmes/editions.service';
import type { CompletionRule } from './completion-rule.entity';
import { DEFAULT_RULE, lockRule, refreshCompletion, type RefreshResult } from './completion-refresh';
import { CompletionRepository } from './completion.repository';
import type { SetCompletionRuleInput } from './dto/completion.input';
import { invalid } from '../../common/field-error';

export const REFRESH_COMPLETION_JOB = 'completion.refresh';

/**
 * Keeps `completion_status` in step with the facts. The rule row is the lock: a refresh and a rule
 * change of the same edition take it FOR UPDATE, so two refreshes never interleave their history
 * rows. A rule change or a withdrawal refreshes in its own transaction; changes of attendance,
 * self-assessments and reviews (owned by other modules) reach the table through the minute job,
 * and every reader shows `refreshedAt` so the freshness is visible.
 */
@Injectable()
export class CompletionService {
  private readonly logger = new Logger('Completion');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly completion: CompletionRepository,
    private readonly facts: AccessFactsRepository,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
    jobs: JobQueue,
  ) {
    jobs.define({
      name: REFRESH_COMPLETION_JOB,
      cron: '* * * * *',
      handler: () => this.refreshRunningEditions(),
    });
  }

  async rule(editionId: string): Promise<CompletionRule> {
    const found = await this.completion.rule(this.db.manager, editionId);
    return (
      found ?? {
        ...DEFAULT_RULE,
        editionId,
        updatedAt: new Date(0),
        refreshedAt: null,
        updatedById: null,
        factsFingerprint: null,
      }
    );
  }

  refresh(manager: EntityManager, editionId: string, personIds: string[] | null = null): Promise<RefreshResult> {
    return refreshCompletion(manager, editionId, personIds, this.completion);
  }

  async refreshEdition(viewer: Viewer, editionId: string, requestId: string): Promise<RefreshResult> {
    await this.editions.get(editionId);
    if (!Access.allows(viewer, 'completion.manage')) throw Errors.forbidden();
    return this.db.transaction(async (manager) => {
      const result = await this.refresh(manager, editionId);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'refreshCompletion',
        targetType: 'Edition',
        targetId: editionId,
        summary: `Recomputed completion: ${result.people} tutors, ${result.changes} status changes`,
        requestId,
      });
      return result;
    });
  }

  /**
   * The minute job: every edition running today (past editions' facts no longer change). It skips
   * the recompute when the facts' digest is unchanged and the last full refresh is under 15 minutes
   * old, so an idle edition of 100,000 tutors costs a few aggregate queries a minute.
   */
  async refreshRunningEditions(): Promise<void> {
    for (const id of await this.completion.runningEditions(this.db.manager)) {
      const fingerprint = await this.completion.factsFingerprint(this.db.manager, id);
      const rule = await this.rule(id);
      const recent = rule.refreshedAt && Date.now() - rule.refreshedAt.getTime() < 15 * 60_000;
      if (recent && rule.factsFingerprint === fingerprint) continue;
      const started = Date.now();
      const result = await this.db.transaction(async (manager) => {
        const refreshed = await this.refresh(manager, id);
        await this.completion.updateRule(manager, id, { factsFingerprint: fingerprint });
        return refreshed;
      });
      if (result.changes)
        this.logger.log(`completion of ${id}: ${result.changes} changes in ${Date.now() - started} ms`);
    }
  }

  async setRule(viewer: Viewer, input: SetCompletionRuleInput, requestId: string): Promise<CompletionRule> {
    if (!Access.isAdmin(viewer)) throw Errors.forbidden();
    await this.editions.get(input.editionId);
    const required = [...new Set(input.requiredJointNumbers)].sort();
    const errors: FieldError[] = [];
    if (required.some((n) => n < 1 || n > 3)) errors.push(invalid('requiredJointNumbers', 'jointModuleNumbers'));
    if (input.minJointModules < 0 || input.minJointModules > 3)
      errors.push(invalid('minJointModules', 'between', { min: 0, max: 3 }));
    if (!(input.minNationalHours >= 0 && input.minNationalHours <= 1000))
      errors.push(invalid('minNationalHours', 'between', { min: 0, max: 1000 }));
    const kind = input.selfAssessmentKind ?? null;
    const moduleNumber = kind === 'AFTER_MODULE' ? (input.selfAssessmentModuleNumber ?? null) : null;
    if (kind === 'AFTER_MODULE' && (moduleNumber === null || moduleNumber < 1 || moduleNumber > 3))
      errors.push(invalid('selfAssessmentModuleNumber', 'afterModuleNumber'));
    const atLeast = input.assignmentsMode === 'AT_LEAST' ? (input.minAcceptedAssignments ?? 0) : 0;
    if (input.assignmentsMode === 'AT_LEAST' && atLeast < 1)
      errors.push(invalid('minAcceptedAssignments', 'min', { min: 1 }));
    if (errors.length) throw Errors.validation(errors);
    return this.db.transaction(async (manager) => {
      const current = await lockRule(manager, input.editionId, this.completion);
      const revision = current.revision + 1;
      await this.completion.updateRule(manager, input.editionId, {
        requiredJointNumbers: required,
        minJointModules: input.minJointModules,
        minNationalHours: String(input.minNationalHours),
        selfAssessmentKind: kind,
        selfAssessmentModuleNumber: moduleNumber,
        assignmentsMode: input.assignmentsMode,
        minAcceptedAssignments: atLeast,
        revision,
        updatedById: viewer.personId,
      });
      const result = await this.refresh(manager, input.editionId);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'setCompletionRule',
        targetType: 'Edition',
        targetId: input.editionId,
        summary: `Completion rule revision ${revision}: joint ${required.join('+') || '-'} (min ${input.minJointModules}), ${input.minNationalHours} national hours, round ${kind ?? '-'}${moduleNumber ?? ''}, assignments ${input.assignmentsMode}${atLeast ? ` ${atLeast}` : ''}; ${result.changes} status changes`,
        requestId,
      });
      return (await this.completion.rule(manager, input.editionId)) as CompletionRule;
    });
  }

  /** Checks the tutor takes part in the edition in the viewer's scope (their country); NOT_FOUND otherwise. */
  private async assertTutorInScope(manager: EntityManager, viewer: Viewer, editionId: string, personId: string) {
    const tutor = (await this.facts.participants(manager, editionId, [personId])).get(personId);
    if (!tutor || !Access.can(viewer, 'completion.manage', { countryCode: tutor.countryCode }))
      throw Errors.notFound('Tutor');
  }

  async withdraw(
    viewer: Viewer,
    editionId: string,
    personId: string,
    reason: string,
    requestId: string,
  ): Promise<void> {
    if (!reason.trim()) throw Errors.validation([invalid('reason', 'required')]);
    await this.db.transaction(async (manager) => {
      await this.assertTutorInScope(manager, viewer, editionId, personId);
      const added = await this.completion.addWithdrawal(manager, {
        editionId,
        personId,
        reason: reason.trim(),
        withdrawnById: viewer.personId,
      });
      if (!added) throw new DomainError('ALREADY_WITHDRAWN', 'This tutor has already withdrawn.');
      await this.refresh(manager, editionId, [personId]);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'withdrawTutor',
        targetType: 'Person',
        targetId: personId,
        summary: `Withdrew the tutor from the edition: ${reason.trim()}`,
        requestId,
      });
    });
  }

  async reinstate(viewer: Viewer, editionId: string, personId: string, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.assertTutorInScope(manager, viewer, editionId, personId);
      if (!(await this.completion.removeWithdrawal(manager, editionId, personId)))
        throw new DomainError('NOT_WITHDRAWN', 'This tutor has not withdrawn.');
      await this.refresh(manager, editionId, [personId]);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'reinstateTutor',
        targetType: 'Person',
        targetId: personId,
        summary: 'Reinstated the tutor in the edition',
        requestId,
      });
    });
  }
}
