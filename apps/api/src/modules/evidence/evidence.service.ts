import { Injectable } from '@nestjs/common';
import { isProgrammeCountry, PROGRAMME_COUNTRIES, type AuditOperation } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { EditionsService } from '../programmes/editions.service';
import type {
  AddCitationInput,
  CitationSourceInput,
  CommentOnFindingInput,
  CreateFindingInput,
  CreateImprovementActionInput,
  CreateInterimAnalysisInput,
  FindingFieldsInput,
  PublishFindingInput,
  SetImprovementActionStatusInput,
  UpdateFindingInput,
  UpdateImprovementActionInput,
} from './dto/evidence.input';
import { ACTION_STATUSES, type CitationSource, type Snapshot } from './evidence.entity';
import { toActionModel, toAnalysisModel, toFindingModel } from './evidence.mapper';
import type { FindingModel, ImprovementActionModel, InterimAnalysisModel, YouSaidWeDidModel } from './evidence.model';
import { EvidenceRepository, type FindingRow } from './evidence.repository';
import { EvidenceSnapshotsService } from './evidence-snapshots.service';

const stale = (what: string) =>
  new DomainError(
    'STALE_WRITE',
    `Someone else changed this ${what} since you opened it. Reload to see their changes, then make yours again.`,
  );
const published = () =>
  new DomainError('FINDING_PUBLISHED', 'This finding is published: it takes no more edits, citations or comments.');

/** The countries a finding concerns: those it names, or all programme countries when it names none. */
const concerned = (f: Pick<FindingRow, 'country_codes'>): readonly string[] =>
  f.country_codes.length ? f.country_codes : PROGRAMME_COUNTRIES;

const source = (s: CitationSourceInput): CitationSource =>
  Object.fromEntries(Object.entries(s).filter(([, v]) => v !== null && v !== undefined)) as CitationSource;

/**
 * From evidence to change: interim analyses, findings with their frozen evidence, comments on drafts,
 * and improvement actions up to the module version that carries them. RESEARCHER and ADMIN write;
 * coordinators and trainers read and comment on the drafts of their countries; everyone signed in
 * reads what is published. One transaction per use case; a finding's or action's row is locked
 * while it changes and its lock version refuses a stale edit.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly repo: EvidenceRepository,
    private readonly snapshots: EvidenceSnapshotsService,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
  ) {}

  // Who sees what

  private canWrite(viewer: Viewer): boolean {
    return Access.countries(viewer, 'evidence.write') === 'ALL';
  }

  private readsDraft(viewer: Viewer, f: FindingRow): boolean {
    return Access.can(viewer, 'evidence.readDrafts', { countryCodes: concerned(f) });
  }

  private visible(viewer: Viewer, f: FindingRow): boolean {
    return f.status === 'PUBLISHED' ? Access.allows(viewer, 'evidence.read') : this.readsDraft(viewer, f);
  }

  private canComment(viewer: Viewer, f: FindingRow): boolean {
    return f.status === 'DRAFT' && Access.can(viewer, 'evidence.comment', { countryCodes: concerned(f) });
  }

  private async editionId(editionId?: string | null): Promise<string | null> {
    if (editionId) return (await this.editions.get(editionId)).id;
    return this.editions.currentId();
  }

  private async findingModels(viewer: Viewer, findings: FindingRow[]): Promise<FindingModel[]> {
    if (!findings.length) return [];
    const db = this.repo.manager;
    const ids = findings.map((f) => f.id);
    const drafts = findings.filter((f) => this.readsDraft(viewer, f)).map((f) => f.id);
    const [citations, comments, modules] = await Promise.all([
      this.repo.citations(db, ids),
      drafts.length ? this.repo.comments(db, drafts) : Promise.resolve([]),
      this.repo.moduleCodes(db, [...new Set(findings.flatMap((f) => f.module_ids))]),
    ]);
    const moduleCodes = new Map(modules.map((m) => [m.id, m.code]));
    const writer = this.canWrite(viewer);
    return findings.map((f) =>
      toFindingModel(f, {
        citations: citations.filter((c) => c.finding_id === f.id),
        comments: comments.filter((c) => c.finding_id === f.id),
        moduleCodes,
        canEdit: writer && f.status === 'DRAFT',
        canComment: this.canComment(viewer, f),
      }),
    );
  }

  // Reads

  async analyses(viewer: Viewer, editionId?: string | null): Promise<InterimAnalysisModel[]> {
    const id = await this.editionId(editionId);
    if (!id) return [];
    const drafts = Access.countries(viewer, 'evidence.readDrafts');
    const list = await this.repo.analyses(this.repo.manager, id, drafts !== 'ALL' && !drafts.length);
    return list.map(toAnalysisModel);
  }

  async findings(viewer: Viewer, editionId?: string | null): Promise<FindingModel[]> {
    const id = await this.editionId(editionId);
    if (!id) return [];
    const drafts = Access.countries(viewer, 'evidence.readDrafts');
    const all = await this.repo.findings(this.repo.manager, id, drafts !== 'ALL' && !drafts.length);
    return this.findingModels(
      viewer,
      all.filter((f) => this.visible(viewer, f)),
    );
  }

  async finding(viewer: Viewer, id: string): Promise<FindingModel> {
    const f = await this.repo.finding(this.repo.manager, id);
    if (!f || !this.visible(viewer, f)) throw Errors.notFound('Finding');
    return (await this.findingModels(viewer, [f]))[0];
  }

  /** The actions of an edition whose findings the viewer sees (each with the findings they see). */
  async improvementActions(
    viewer: Viewer,
    editionId?: string | null,
    publishedOnly = false,
  ): Promise<ImprovementActionModel[]> {
    const id = await this.editionId(editionId);
    if (!id) return [];
    const db = this.repo.manager;
    const [actions, findings] = await Promise.all([
      this.repo.actions(db, id),
      this.repo.findings(db, id, publishedOnly),
    ]);
    const seen = new Map(findings.filter((f) => this.visible(viewer, f)).map((f) => [f.id, f]));
    return actions
      .filter((a) => this.canWrite(viewer) || a.finding_ids.some((f) => seen.has(f)))
      .map((a) => toActionModel(a, seen));
  }

  /** The actions a module version carries (DONE or CHECKED in it), as far as the viewer sees their findings. */
  async actionsOfVersion(viewer: Viewer, moduleVersionId: string): Promise<ImprovementActionModel[]> {
    const db = this.repo.manager;
    const actions = await this.repo.actionsOfVersion(db, moduleVersionId);
    if (!actions.length) return [];
    const findings = await this.repo.findingsByIds(db, [...new Set(actions.flatMap((a) => a.finding_ids))]);
    const seen = new Map(findings.filter((f) => this.visible(viewer, f)).map((f) => [f.id, f]));
    return actions
      .filter((a) => this.canWrite(viewer) || a.finding_ids.some((f) => seen.has(f)))
      .map((a) => toActionModel(a, seen));
  }

  async improvementAction(viewer: Viewer, id: string): Promise<ImprovementActionModel> {
    const a = await this.repo.action(this.repo.manager, id);
    if (!a) throw Errors.notFound('Improvement action');
    const found = (await this.improvementActions(viewer, a.edition_id)).find((x) => x.id === id);
    if (!found) throw Errors.notFound('Improvement action');
    return found;
  }

  /** What participants said and what was done: the published findings and the actions that answer them. */
  async youSaidWeDid(viewer: Viewer, editionId?: string | null): Promise<YouSaidWeDidModel> {
    const id = await this.editionId(editionId);
    if (!id) return { editionId: null, analyses: [], findings: [], actions: [] };
    const db = this.repo.manager;
    const [analyses, findings] = await Promise.all([
      this.repo.analyses(db, id, true),
      this.repo.findings(db, id, true),
    ]);
    return {
      editionId: id,
      analyses: analyses.map(toAnalysisModel),
      findings: await this.findingModels(viewer, findings),
      actions: await this.improvementActions(viewer, id, true),
    };
  }

  // Interim analyses

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
      await this.record(
        db,
        viewer,
        'createInterimAnalysis',
        'InterimAnalysis',
        id,
        `Started "${input.title.trim()}"`,
        requestId,
      );
      return id;
    });
  }

  async publishInterimAnalysis(viewer: Viewer, id: string, requestId?: string): Promise<InterimAnalysisModel> {
    await this.repo.transaction(async (db) => {
      const a = await this.repo.analysis(db, id, true);
      if (!a) throw Errors.notFound('Interim analysis');
      if (a.status === 'PUBLISHED') throw published();
      await this.repo.publishAnalysis(db, id);
      await this.record(
        db,
        viewer,
        'publishInterimAnalysis',
        'InterimAnalysis',
        id,
        `Published "${a.title}"`,
        requestId,
      );
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
      await this.record(
        db,
        viewer,
        'createFinding',
        'Finding',
        id,
        `Wrote a finding of "${analysis.title}"`,
        requestId,
      );
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
      await this.record(db, viewer, 'updateFinding', 'Finding', f.id, 'Changed a draft finding', requestId);
    });
  }

  async publishFinding(viewer: Viewer, input: PublishFindingInput, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      const f = await this.lockDraft(db, input.id, input.expectedLockVersion);
      if (!(await this.repo.countCitations(db, f.id)))
        throw Errors.validation([invalid('citations', 'citationNeeded')]);
      await this.repo.publishFinding(db, f.id);
      await this.record(db, viewer, 'publishFinding', 'Finding', f.id, 'Published a finding', requestId);
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
      await this.record(
        db,
        viewer,
        'addCitation',
        'Finding',
        f.id,
        `Cited ${input.kind}: ${snapshot.label}`,
        requestId,
      );
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
      await this.record(
        db,
        viewer,
        'removeCitation',
        'Finding',
        f.id,
        `Removed ${c.kind}: ${c.snapshot.label}`,
        requestId,
      );
      return f.id;
    });
  }

  async commentOnFinding(viewer: Viewer, input: CommentOnFindingInput, requestId?: string): Promise<string> {
    return this.repo.transaction(async (db) => {
      const f = await this.repo.finding(db, input.findingId, true);
      if (!f || !this.visible(viewer, f)) throw Errors.notFound('Finding');
      if (f.status !== 'DRAFT') throw published();
      if (!this.canComment(viewer, f)) throw Errors.forbidden('This finding does not concern your country.');
      await this.repo.insertComment(db, { findingId: f.id, authorId: viewer.personId, text: input.text.trim() });
      await this.record(db, viewer, 'commentOnFinding', 'Finding', f.id, 'Commented on a draft finding', requestId);
      return f.id;
    });
  }

  // Improvement actions

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
      await this.record(
        db,
        viewer,
        'createImprovementAction',
        'ImprovementAction',
        id,
        `Proposed a change of ${module.code}`,
        requestId,
      );
      return id;
    });
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
      await this.record(
        db,
        viewer,
        'updateImprovementAction',
        'ImprovementAction',
        a.id,
        `Changed an action of ${a.module_code}`,
        requestId,
      );
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
      await this.record(
        db,
        viewer,
        'setImprovementActionStatus',
        'ImprovementAction',
        a.id,
        `${a.status} → ${input.status}`,
        requestId,
      );
    });
  }

  private record(
    db: EntityManager,
    viewer: Viewer,
    operation: AuditOperation,
    targetType: string,
    targetId: string,
    summary: string,
    requestId?: string,
  ) {
    return this.audit.record(db, {
      actorPersonId: viewer.personId,
      operation,
      targetType,
      targetId,
      summary,
      requestId,
    });
  }
}
