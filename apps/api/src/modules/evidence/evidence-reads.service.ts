import { Injectable } from '@nestjs/common';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { EditionsService } from '../programmes/editions.service';
import { toActionModel, toAnalysisModel, toFindingModel } from './evidence.mapper';
import type { FindingModel, ImprovementActionModel, InterimAnalysisModel, YouSaidWeDidModel } from './evidence.model';
import { EvidenceRepository, type FindingRow } from './evidence.repository';
import { canComment, canWrite, readsDraft, visible } from './evidence-rules';
import { FindingTranslationsRepository } from './finding-translations.repository';

/**
 * What the evidence says, as each reader may see it: interim analyses, findings with their frozen
 * evidence (drafts and their comments only to the countries they concern), improvement actions,
 * and "you said, we did" of published findings for every participant.
 */
@Injectable()
export class EvidenceReadsService {
  constructor(
    private readonly repo: EvidenceRepository,
    private readonly editions: EditionsService,
    private readonly translations: FindingTranslationsRepository,
  ) {}

  async findingModels(viewer: Viewer, findings: FindingRow[]): Promise<FindingModel[]> {
    if (!findings.length) return [];
    const db = this.repo.manager;
    const ids = findings.map((f) => f.id);
    const drafts = findings.filter((f) => readsDraft(viewer, f)).map((f) => f.id);
    const [citations, comments, modules, translations] = await Promise.all([
      this.repo.citations(db, ids),
      drafts.length ? this.repo.comments(db, drafts) : Promise.resolve([]),
      this.repo.moduleCodes(db, [...new Set(findings.flatMap((f) => f.module_ids))]),
      this.translations.of(db, ids),
    ]);
    const moduleCodes = new Map(modules.map((m) => [m.id, m.code]));
    const writer = canWrite(viewer);
    return findings.map((f) =>
      toFindingModel(f, {
        citations: citations.filter((c) => c.finding_id === f.id),
        comments: comments.filter((c) => c.finding_id === f.id),
        translations: translations.filter((t) => t.finding_id === f.id),
        moduleCodes,
        canEdit: writer && f.status === 'DRAFT',
        canComment: canComment(viewer, f),
      }),
    );
  }

  async analyses(viewer: Viewer, editionId?: string | null): Promise<InterimAnalysisModel[]> {
    const id = await this.editions.resolveId(editionId);
    if (!id) return [];
    const drafts = Access.countries(viewer, 'evidence.readDrafts');
    const list = await this.repo.analyses(this.repo.manager, id, drafts !== 'ALL' && !drafts.length);
    return list.map(toAnalysisModel);
  }

  async findings(viewer: Viewer, editionId?: string | null): Promise<FindingModel[]> {
    const id = await this.editions.resolveId(editionId);
    if (!id) return [];
    const drafts = Access.countries(viewer, 'evidence.readDrafts');
    const all = await this.repo.findings(this.repo.manager, id, drafts !== 'ALL' && !drafts.length);
    return this.findingModels(
      viewer,
      all.filter((f) => visible(viewer, f)),
    );
  }

  async finding(viewer: Viewer, id: string): Promise<FindingModel> {
    const f = await this.repo.finding(this.repo.manager, id);
    if (!f || !visible(viewer, f)) throw Errors.notFound('Finding');
    return (await this.findingModels(viewer, [f]))[0];
  }

  /** The actions of an edition whose findings the viewer sees (each with the findings they see). */
  async improvementActions(
    viewer: Viewer,
    editionId?: string | null,
    publishedOnly = false,
  ): Promise<ImprovementActionModel[]> {
    const id = await this.editions.resolveId(editionId);
    if (!id) return [];
    const db = this.repo.manager;
    const [actions, findings] = await Promise.all([
      this.repo.actions(db, id),
      this.repo.findings(db, id, publishedOnly),
    ]);
    const seen = new Map(findings.filter((f) => visible(viewer, f)).map((f) => [f.id, f]));
    return actions
      .filter((a) => canWrite(viewer) || a.finding_ids.some((f) => seen.has(f)))
      .map((a) => toActionModel(a, seen));
  }

  /** The actions a module version carries (DONE or CHECKED in it), as far as the viewer sees their findings. */
  async actionsOfVersion(viewer: Viewer, moduleVersionId: string): Promise<ImprovementActionModel[]> {
    const db = this.repo.manager;
    const actions = await this.repo.actionsOfVersion(db, moduleVersionId);
    if (!actions.length) return [];
    const findings = await this.repo.findingsByIds(db, [...new Set(actions.flatMap((a) => a.finding_ids))]);
    const seen = new Map(findings.filter((f) => visible(viewer, f)).map((f) => [f.id, f]));
    return actions
      .filter((a) => canWrite(viewer) || a.finding_ids.some((f) => seen.has(f)))
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
    const id = await this.editions.resolveId(editionId);
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
}
