import { Injectable } from '@nestjs/common';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { EditionsService } from '../programmes/editions.service';
import { toAnalysisModel } from './evidence.mapper';
import type { FindingModel, ImprovementActionModel, InterimAnalysisModel } from './evidence.model';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceReadsService } from './evidence-reads.service';

/** What the report of one interim analysis holds: the same findings and actions as the page. */
export interface InterimReport {
  editionName: string;
  analysis: InterimAnalysisModel;
  findings: FindingModel[];
  actions: ImprovementActionModel[];
}

/**
 * The report of an interim analysis, as the reader may see it: a published analysis with its
 * published findings, or a draft one (a preview) for those who read drafts; the actions that
 * answer those findings. The PDF is drawn from this, as the page is from the same reads.
 */
@Injectable()
export class InterimReportService {
  constructor(
    private readonly repo: EvidenceRepository,
    private readonly reads: EvidenceReadsService,
    private readonly editions: EditionsService,
  ) {}

  async report(viewer: Viewer, analysisId: string): Promise<InterimReport> {
    const a = await this.repo.analysis(this.repo.manager, analysisId);
    const drafts = Access.countries(viewer, 'evidence.readDrafts');
    if (!a || (a.status !== 'PUBLISHED' && drafts !== 'ALL' && !drafts.length))
      throw Errors.notFound('Interim analysis');
    const [edition, findings, actions] = await Promise.all([
      this.editions.get(a.edition_id),
      this.reads.findings(viewer, a.edition_id),
      this.reads.improvementActions(viewer, a.edition_id, a.status === 'PUBLISHED'),
    ]);
    const mine = findings.filter((f) => f.analysisId === a.id && (a.status === 'DRAFT' || f.status === 'PUBLISHED'));
    const ids = new Set(mine.map((f) => f.id));
    return {
      editionName: edition.name,
      analysis: toAnalysisModel(a),
      findings: mine,
      actions: actions.filter((x) => x.findings.some((f) => ids.has(f.id))),
    };
  }
}
