import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { EditionsService } from '../programmes/editions.service';
import type {
  CitationSourceInput,
  CreateImprovementActionInput,
  SetImprovementActionStatusInput,
  UpdateImprovementActionInput,
} from './dto/evidence.input';
import { ACTION_STATUSES, type Snapshot } from './evidence.entity';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceSnapshotsService } from './evidence-snapshots.service';
import { recordEvidence, source, stale } from './evidence-rules';

/**
 * Improvement actions: what will change, answering findings, PROPOSED → AGREED → DONE (one published
 * version of the action's module) → CHECKED (a note and before/after snapshots taken like citations).
 */
@Injectable()
export class ImprovementActionsService {
  constructor(
    private readonly repo: EvidenceRepository,
    private readonly snapshots: EvidenceSnapshotsService,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
  ) {}

  private async checkFindings(db: EntityManager, editionId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const found = new Set(
      (await this.repo.findingsByIds(db, unique)).filter((f) => f.edition_id === editionId).map((f) => f.id),
    );
    const errors = unique.flatMap((id, i) => (found.has(id) ? [] : [invalid(`findingIds.${i}`, 'notEditionFinding')]));
    if (errors.length) throw Errors.validation(errors);
    return unique;
  }

  async createImprovementAction(viewer: Viewer, input: CreateImprovementActionInput, requestId?: string) {
    return this.repo.transaction(async (db) => {
      const edition = await this.editions.get(input.editionId, db);
      const [module] = await this.repo.modules(db, edition.id, [input.moduleId]);
      if (!module) throw Errors.validation([invalid('moduleId', 'notEditionModule')]);
      const findingIds = await this.checkFindings(db, edition.id, input.findingIds);
      const id = await this.repo.insertAction(db, {
        editionId: edition.id,
        change: input.change.trim(),
        owner: input.owner.trim(),
        dueOn: input.dueOn ?? null,
        moduleId: module.id,
      });
      await this.repo.replaceActionFindings(db, id, findingIds);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'createImprovementAction',
        targetType: 'ImprovementAction',
        targetId: id,
        summary: `Proposed a change of ${module.code}`,
        requestId: requestId,
      });
      return id;
    });
  }

  /**
   * The PROPOSED actions of a country's national programme, one per change, in the caller's
   * transaction: the follow-up of a peer review makes each recommendation one of these.
   */
  async proposeForNationalProgramme(
    db: EntityManager,
    viewer: Viewer,
    v: {
      editionId: string;
      nationalProgrammeId: string;
      owner: string;
      changes: { change: string; dueOn: string | null }[];
    },
    requestId?: string,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const c of v.changes) {
      const id = await this.repo.insertAction(db, {
        editionId: v.editionId,
        nationalProgrammeId: v.nationalProgrammeId,
        change: c.change.trim(),
        owner: v.owner,
        dueOn: c.dueOn,
      });
      await recordEvidence(this.audit, db, viewer, {
        operation: 'createImprovementAction',
        targetType: 'ImprovementAction',
        targetId: id,
        summary: 'Proposed a change of a national programme (peer review)',
        requestId: requestId,
      });
      ids.push(id);
    }
    return ids;
  }

  async updateImprovementAction(viewer: Viewer, input: UpdateImprovementActionInput, requestId?: string) {
    await this.repo.transaction(async (db) => {
      const a = await this.repo.action(db, input.id, true);
      if (!a) throw Errors.notFound('Improvement action');
      if (a.lock_version !== input.expectedLockVersion) throw stale('improvement action');
      const findingIds = await this.checkFindings(db, a.edition_id, input.findingIds);
      await this.repo.updateAction(db, a.id, {
        change: input.change.trim(),
        owner: input.owner.trim(),
        dueOn: input.dueOn ?? null,
      });
      await this.repo.replaceActionFindings(db, a.id, findingIds);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'updateImprovementAction',
        targetType: 'ImprovementAction',
        targetId: a.id,
        summary: `Changed an action of ${a.module_code}`,
        requestId: requestId,
      });
    });
  }

  async setImprovementActionStatus(viewer: Viewer, input: SetImprovementActionStatusInput, requestId?: string) {
    const current = await this.repo.action(this.repo.manager, input.id);
    if (!current) throw Errors.notFound('Improvement action');
    // The figures of a check are snapshots like citations: taken now, from the live results.
    let check: { before: Snapshot; after: Snapshot } | null = null;
    if (input.status === 'CHECKED') {
      const errors = [
        ...(!input.checkNote?.trim() ? [invalid('checkNote', 'checkNote')] : []),
        ...(!input.checkKind || !input.checkBefore || !input.checkAfter
          ? [invalid('checkBefore', 'checkFigures')]
          : []),
      ];
      if (errors.length) throw Errors.validation(errors);
      const kind = input.checkKind as NonNullable<typeof input.checkKind>;
      check = {
        before: await this.snapshots.take(
          viewer,
          current.edition_id,
          kind,
          source(input.checkBefore as CitationSourceInput),
        ),
        after: await this.snapshots.take(
          viewer,
          current.edition_id,
          kind,
          source(input.checkAfter as CitationSourceInput),
        ),
      };
    }
    await this.repo.transaction(async (db) => {
      const a = await this.repo.action(db, input.id, true);
      if (!a) throw Errors.notFound('Improvement action');
      if (
        input.expectedLockVersion !== undefined &&
        input.expectedLockVersion !== null &&
        a.lock_version !== input.expectedLockVersion
      )
        throw stale('improvement action');
      if (ACTION_STATUSES.indexOf(input.status) !== ACTION_STATUSES.indexOf(a.status) + 1)
        throw new DomainError(
          'ACTION_STATUS_STEP',
          `An action that is ${a.status} cannot become ${input.status}: it moves one step at a time.`,
          { status: input.status, current: a.status },
        );
      if (input.status === 'AGREED') await this.repo.setActionStatus(db, a.id, { status: 'AGREED' });
      else if (input.status === 'DONE' && a.national_programme_id)
        // A national programme's action (a peer review's recommendation) is done in the programme, not a module version.
        await this.repo.setActionStatus(db, a.id, { status: 'DONE', moduleVersionId: null });
      else if (input.status === 'DONE') {
        const version = input.moduleVersionId ? await this.repo.moduleVersion(db, input.moduleVersionId) : null;
        if (!version || version.module_id !== a.module_id || version.status === 'DRAFT')
          throw Errors.validation([invalid('moduleVersionId', 'moduleVersionOfModule')]);
        await this.repo.setActionStatus(db, a.id, { status: 'DONE', moduleVersionId: version.id });
      } else if (input.status === 'CHECKED' && check)
        await this.repo.setActionStatus(db, a.id, {
          status: 'CHECKED',
          note: (input.checkNote as string).trim(),
          before: check.before,
          after: check.after,
          by: viewer.personId,
        });
      await recordEvidence(this.audit, db, viewer, {
        operation: 'setImprovementActionStatus',
        targetType: 'ImprovementAction',
        targetId: a.id,
        summary: `${a.status} → ${input.status}`,
        requestId: requestId,
      });
    });
  }
}
