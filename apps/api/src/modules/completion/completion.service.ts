import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { JobQueue } from '../../jobs/job-queue.service';
import { EditionsService } from '../programmes/editions.service';
import { CompletionRule } from './completion-rule.entity';
import { DEFAULT_RULE, lockRule, refreshCompletion, type RefreshResult } from './completion-refresh';
import { FACTS_FINGERPRINT_SQL } from './completion.sql';
import type { SetCompletionRuleInput } from './dto/completion.input';
import { ParticipationWithdrawal } from './participation-withdrawal.entity';

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
    const found = await this.db.getRepository(CompletionRule).findOneBy({ editionId });
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
    return refreshCompletion(manager, editionId, personIds);
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
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM edition WHERE current_date BETWEEN starts_on AND ends_on`,
    );
    for (const { id } of rows) {
      const [{ fingerprint }]: { fingerprint: string }[] = await this.db.query(FACTS_FINGERPRINT_SQL, [id]);
      const rule = await this.rule(id);
      const recent = rule.refreshedAt && Date.now() - rule.refreshedAt.getTime() < 15 * 60_000;
      if (recent && rule.factsFingerprint === fingerprint) continue;
      const started = Date.now();
      const result = await this.db.transaction(async (manager) => {
        const refreshed = await this.refresh(manager, id);
        await manager.update(CompletionRule, { editionId: id }, { factsFingerprint: fingerprint });
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
    const errors: { field: string; message: string }[] = [];
    if (required.some((n) => n < 1 || n > 3))
      errors.push({
        field: 'requiredJointNumbers',
        message: 'must be joint module numbers 1 to 3',
      });
    if (input.minJointModules < 0 || input.minJointModules > 3)
      errors.push({ field: 'minJointModules', message: 'must be 0 to 3' });
    if (!(input.minNationalHours >= 0 && input.minNationalHours <= 1000))
      errors.push({ field: 'minNationalHours', message: 'must be 0 to 1000' });
    const kind = input.selfAssessmentKind ?? null;
    const moduleNumber = kind === 'AFTER_MODULE' ? (input.selfAssessmentModuleNumber ?? null) : null;
    if (kind === 'AFTER_MODULE' && (moduleNumber === null || moduleNumber < 1 || moduleNumber > 3))
      errors.push({
        field: 'selfAssessmentModuleNumber',
        message: 'must be 1 to 3 for an AFTER_MODULE round',
      });
    const atLeast = input.assignmentsMode === 'AT_LEAST' ? (input.minAcceptedAssignments ?? 0) : 0;
    if (input.assignmentsMode === 'AT_LEAST' && atLeast < 1)
      errors.push({
        field: 'minAcceptedAssignments',
        message: 'must be at least 1',
      });
    if (errors.length) throw Errors.validation(errors);
    return this.db.transaction(async (manager) => {
      const current = await lockRule(manager, input.editionId);
      const revision = current.revision + 1;
      await manager.update(
        CompletionRule,
        { editionId: input.editionId },
        {
          requiredJointNumbers: required,
          minJointModules: input.minJointModules,
          minNationalHours: String(input.minNationalHours),
          selfAssessmentKind: kind,
          selfAssessmentModuleNumber: moduleNumber,
          assignmentsMode: input.assignmentsMode,
          minAcceptedAssignments: atLeast,
          revision,
          updatedById: viewer.personId,
        },
      );
      const result = await this.refresh(manager, input.editionId);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'setCompletionRule',
        targetType: 'Edition',
        targetId: input.editionId,
        summary: `Completion rule revision ${revision}: joint ${required.join('+') || '-'} (min ${input.minJointModules}), ${input.minNationalHours} national hours, round ${kind ?? '-'}${moduleNumber ?? ''}, assignments ${input.assignmentsMode}${atLeast ? ` ${atLeast}` : ''}; ${result.changes} status changes`,
        requestId,
      });
      return manager.getRepository(CompletionRule).findOneByOrFail({ editionId: input.editionId });
    });
  }

  /** The tutor's country and organisation, for the scope check of a withdrawal; NOT_FOUND outside the viewer's scope. */
  private async tutorScope(manager: EntityManager, viewer: Viewer, editionId: string, personId: string) {
    const rows: { country_code: string; organisation_id: string }[] = await manager.query(
      `SELECT o.country_code::text AS country_code, o.id AS organisation_id FROM tutor_participation tp
         JOIN tutor_profile prof ON prof.person_id = tp.person_id JOIN organisation o ON o.id = prof.organisation_id
        WHERE tp.edition_id = $1 AND tp.person_id = $2`,
      [editionId, personId],
    );
    const row = rows[0];
    if (!row || !Access.can(viewer, 'completion.manage', { countryCode: row.country_code }))
      throw Errors.notFound('Tutor');
    return row;
  }

  async withdraw(
    viewer: Viewer,
    editionId: string,
    personId: string,
    reason: string,
    requestId: string,
  ): Promise<void> {
    if (!reason.trim()) throw Errors.validation([{ field: 'reason', message: 'is required' }]);
    await this.db.transaction(async (manager) => {
      await this.tutorScope(manager, viewer, editionId, personId);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ParticipationWithdrawal)
        .values({
          editionId,
          personId,
          reason: reason.trim(),
          withdrawnById: viewer.personId,
        })
        .orIgnore()
        .execute();
      if (!(inserted.raw as unknown[]).length) throw Errors.conflict('This tutor has already withdrawn.');
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
      await this.tutorScope(manager, viewer, editionId, personId);
      const deleted = await manager.delete(ParticipationWithdrawal, {
        editionId,
        personId,
      });
      if (!deleted.affected) throw Errors.conflict('This tutor has not withdrawn.');
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
