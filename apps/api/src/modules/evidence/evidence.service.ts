import { Injectable } from '@nestjs/common';
import { isProgrammeCountry } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { EditionsService } from '../programmes/editions.service';
import type {
  AddCitationInput,
  CommentOnFindingInput,
  CreateFindingInput,
  CreateInterimAnalysisInput,
  FindingFieldsInput,
  PublishFindingInput,
  UpdateFindingInput,
} from './dto/evidence.input';
import { toAnalysisModel } from './evidence.mapper';
import type { InterimAnalysisModel } from './evidence.model';
import { EvidenceRepository, type FindingRow } from './evidence.repository';
import { EvidenceSnapshotsService } from './evidence-snapshots.service';
import { canComment, published, recordEvidence, source, stale, visible } from './evidence-rules';

/**
 * Writing the evidence: interim analyses, findings, their frozen citations and the comments on drafts.
 * RESEARCHER and ADMIN write; coordinators and trainers comment on the drafts of their countries. One
 * transaction per use case; a finding's row is locked while it changes and its lock version refuses a
 * stale edit. Improvement actions: ImprovementActionsService; reads: EvidenceReadsService.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly repo: EvidenceRepository,
    private readonly snapshots: EvidenceSnapshotsService,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
  ) {}

  async createInterimAnalysis(viewer: Viewer, input: CreateInterimAnalysisInput, requestId?: string): Promise<string> {
    return this.repo.transaction(async (db) => {
      const edition = await this.editions.get(input.editionId, db);
      const phase = await this.repo.phase(db, edition.id, input.phaseKind);
      if (!phase) throw Errors.validation([invalid('phaseKind', 'notInterimPhase')]);
      const id = await this.repo.insertAnalysis(db, {
        editionId: edition.id,
        phaseId: phase.id,
        title: input.title.trim(),
        periodStart: phase.starts_on,
        periodEnd: phase.ends_on,
      });
      if (!id) throw Errors.validation([invalid('phaseKind', 'analysisExists')]);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'createInterimAnalysis',
        targetType: 'InterimAnalysis',
        targetId: id,
        summary: `Started "${input.title.trim()}"`,
        requestId: requestId,
      });
      return id;
    });
  }

  async publishInterimAnalysis(viewer: Viewer, id: string, requestId?: string): Promise<InterimAnalysisModel> {
    await this.repo.transaction(async (db) => {
      const a = await this.repo.analysis(db, id, true);
      if (!a) throw Errors.notFound('Interim analysis');
      if (a.status === 'PUBLISHED') throw published();
      await this.repo.publishAnalysis(db, id);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'publishInterimAnalysis',
        targetType: 'InterimAnalysis',
        targetId: id,
        summary: `Published "${a.title}"`,
        requestId: requestId,
      });
    });
    const a = await this.repo.analysis(this.repo.manager, id);
    return toAnalysisModel(a as NonNullable<typeof a>);
  }

  // Findings

  private async checkFields(db: EntityManager, editionId: string, input: FindingFieldsInput) {
    const moduleIds = [...new Set(input.moduleIds)];
    const countryCodes = [...new Set(input.countryCodes.map((c) => c.toUpperCase()))].sort();
    const errors = countryCodes
      .map((c, i) => (isProgrammeCountry(c) ? null : invalid(`countryCodes.${i}`, 'balticCountry')))
      .filter((e) => !!e);
    const known = new Set((await this.repo.modules(db, editionId, moduleIds)).map((m) => m.id));
    moduleIds.forEach((m, i) => {
      if (!known.has(m)) errors.push(invalid(`moduleIds.${i}`, 'notEditionModule'));
    });
    if (errors.length) throw Errors.validation(errors);
    return { statement: input.statement.trim(), priority: input.priority, moduleIds, countryCodes };
  }

  async createFinding(viewer: Viewer, input: CreateFindingInput, requestId?: string): Promise<string> {
    return this.repo.transaction(async (db) => {
      const analysis = await this.repo.analysis(db, input.analysisId);
      if (!analysis) throw Errors.notFound('Interim analysis');
      const fields = await this.checkFields(db, analysis.edition_id, input);
      const id = await this.repo.insertFinding(db, {
        ...fields,
        analysisId: analysis.id,
        editionId: analysis.edition_id,
        language: input.language ?? (await this.repo.language(db, viewer.personId)),
        createdById: viewer.personId,
      });
      await recordEvidence(this.audit, db, viewer, {
        operation: 'createFinding',
        targetType: 'Finding',
        targetId: id,
        summary: `Wrote a finding of "${analysis.title}"`,
        requestId: requestId,
      });
      return id;
    });
  }

  /** Locks a draft finding for a change; STALE_WRITE when the viewer's lock version is not the current one. */
  private async lockDraft(db: EntityManager, id: string, expected?: number | null): Promise<FindingRow> {
    const f = await this.repo.finding(db, id, true);
    if (!f) throw Errors.notFound('Finding');
    if (expected !== undefined && expected !== null && f.lock_version !== expected) throw stale('finding');
    if (f.status !== 'DRAFT') throw published();
    return f;
  }

  async updateFinding(viewer: Viewer, input: UpdateFindingInput, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      const f = await this.lockDraft(db, input.id, input.expectedLockVersion);
      const fields = await this.checkFields(db, f.edition_id, input);
      await this.repo.updateFinding(db, f.id, fields);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'updateFinding',
        targetType: 'Finding',
        targetId: f.id,
        summary: 'Changed a draft finding',
        requestId: requestId,
      });
    });
  }

  async publishFinding(viewer: Viewer, input: PublishFindingInput, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      const f = await this.lockDraft(db, input.id, input.expectedLockVersion);
      if (!(await this.repo.countCitations(db, f.id)))
        throw Errors.validation([invalid('citations', 'citationNeeded')]);
      await this.repo.publishFinding(db, f.id);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'publishFinding',
        targetType: 'Finding',
        targetId: f.id,
        summary: 'Published a finding',
        requestId: requestId,
      });
    });
  }

  /** Takes the snapshot now (from the live results, with their suppression) and keeps it as it is. */
  async addCitation(viewer: Viewer, input: AddCitationInput, requestId?: string): Promise<string> {
    const before = await this.repo.finding(this.repo.manager, input.findingId);
    if (!before) throw Errors.notFound('Finding');
    if (before.status !== 'DRAFT') throw published();
    const cited = source(input.source);
    const snapshot = await this.snapshots.take(viewer, before.edition_id, input.kind, cited);
    return this.repo.transaction(async (db) => {
      const f = await this.lockDraft(db, input.findingId);
      await this.repo.insertCitation(db, {
        findingId: f.id,
        kind: input.kind,
        source: cited,
        snapshot,
        citedById: viewer.personId,
      });
      await this.repo.touchFinding(db, f.id);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'addCitation',
        targetType: 'Finding',
        targetId: f.id,
        summary: `Cited ${input.kind}: ${snapshot.label}`,
        requestId: requestId,
      });
      return f.id;
    });
  }

  async removeCitation(viewer: Viewer, citationId: string, requestId?: string): Promise<string> {
    return this.repo.transaction(async (db) => {
      const c = await this.repo.citation(db, citationId);
      if (!c) throw Errors.notFound('Citation');
      const f = await this.lockDraft(db, c.finding_id);
      await this.repo.deleteCitation(db, c.id);
      await this.repo.touchFinding(db, f.id);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'removeCitation',
        targetType: 'Finding',
        targetId: f.id,
        summary: `Removed ${c.kind}: ${c.snapshot.label}`,
        requestId: requestId,
      });
      return f.id;
    });
  }

  async commentOnFinding(viewer: Viewer, input: CommentOnFindingInput, requestId?: string): Promise<string> {
    return this.repo.transaction(async (db) => {
      const f = await this.repo.finding(db, input.findingId, true);
      if (!f || !visible(viewer, f)) throw Errors.notFound('Finding');
      if (f.status !== 'DRAFT') throw published();
      if (!canComment(viewer, f)) throw Errors.forbidden('This finding does not concern your country.');
      await this.repo.insertComment(db, { findingId: f.id, authorId: viewer.personId, text: input.text.trim() });
      await recordEvidence(this.audit, db, viewer, {
        operation: 'commentOnFinding',
        targetType: 'Finding',
        targetId: f.id,
        summary: 'Commented on a draft finding',
        requestId: requestId,
      });
      return f.id;
    });
  }
}
