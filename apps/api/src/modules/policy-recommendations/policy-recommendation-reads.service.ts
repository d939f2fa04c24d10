import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { EditionsService } from '../programmes/editions.service';
import type { RecommendationAudience } from './policy-recommendation.entity';
import { toPolicyRecommendationModel, toRecommendationFindingModel } from './policy-recommendation.mapper';
import type {
  PolicyBriefModel,
  PolicyBriefSummaryModel,
  PolicyRecommendationModel,
} from './policy-recommendation.model';
import { canComment, canWrite, readsComments, visible } from './policy-recommendation-rules';
import { PolicyRecommendationsRepository, type RecommendationRow } from './policy-recommendations.repository';

/** Whether an audience and a country go together (the table's check, as a friendly refusal). */
export function audienceCountryError(audience: RecommendationAudience, countryCode: string | null | undefined) {
  const ok = audience === 'NATIONAL_AUTHORITY' ? !!countryCode : audience === 'BALTIC' ? !countryCode : true;
  return ok ? null : invalid('countryCode', 'audienceCountry');
}

export const briefPdfPath = (editionId: string, audience: string, countryCode: string | null) =>
  `/api/policy-briefs/${editionId}/${audience}/brief.pdf${countryCode ? `?country=${countryCode}` : ''}`;

/**
 * Policy recommendations as each reader may see them (drafts to writers; those in consultation to
 * the writers and the commenters of their audience; published ones to every reader) and the policy
 * brief of an audience, which its page and its PDF both draw from.
 */
@Injectable()
export class PolicyRecommendationReadsService {
  constructor(
    private readonly repo: PolicyRecommendationsRepository,
    private readonly evidence: EvidenceRepository,
    private readonly editions: EditionsService,
  ) {}

  /** Models of many recommendations in five queries, whatever their number (no N+1). */
  async models(viewer: Viewer, list: RecommendationRow[]): Promise<PolicyRecommendationModel[]> {
    if (!list.length) return [];
    const db = this.repo.manager;
    const withComments = list.filter((r) => readsComments(viewer, r)).map((r) => r.id);
    const findingIds = [...new Set(list.flatMap((r) => r.finding_ids))];
    const [citations, comments, findings, findingCitations] = await Promise.all([
      this.repo.citations(
        db,
        list.map((r) => r.id),
      ),
      withComments.length ? this.repo.comments(db, withComments) : Promise.resolve([]),
      findingIds.length ? this.evidence.findingsByIds(db, findingIds) : Promise.resolve([]),
      findingIds.length ? this.evidence.citations(db, findingIds) : Promise.resolve([]),
    ]);
    const findingModels = new Map(
      findings.map((f) => [
        f.id,
        toRecommendationFindingModel(
          f,
          findingCitations.filter((c) => c.finding_id === f.id),
        ),
      ]),
    );
    const writer = canWrite(viewer);
    return list.map((r) =>
      toPolicyRecommendationModel(r, {
        findings: r.finding_ids.flatMap((id) => findingModels.get(id) ?? []),
        citations: citations.filter((c) => c.recommendation_id === r.id),
        comments: comments.filter((c) => c.recommendation_id === r.id),
        canEdit: writer && r.status !== 'PUBLISHED',
        canComment: canComment(viewer, r),
      }),
    );
  }

  async list(viewer: Viewer, editionId?: string | null): Promise<PolicyRecommendationModel[]> {
    const id = await this.editions.resolveId(editionId);
    if (!id) return [];
    const statuses = canWrite(viewer)
      ? (['DRAFT', 'IN_CONSULTATION', 'PUBLISHED'] as const)
      : (['IN_CONSULTATION', 'PUBLISHED'] as const);
    const all = await this.repo.list(this.repo.manager, id, statuses);
    return this.models(
      viewer,
      all.filter((r) => visible(viewer, r)),
    );
  }

  async get(viewer: Viewer, id: string): Promise<PolicyRecommendationModel> {
    const r = await this.repo.get(this.repo.manager, id);
    if (!r || !visible(viewer, r)) throw Errors.notFound('Policy recommendation');
    return (await this.models(viewer, [r]))[0];
  }

  /** The audiences that have a brief: those with published recommendations. */
  async briefs(editionId?: string | null): Promise<PolicyBriefSummaryModel[]> {
    const id = await this.editions.resolveId(editionId);
    if (!id) return [];
    const list = await this.repo.briefs(this.repo.manager, id);
    return list.map((b) => ({ audience: b.audience, countryCode: b.country_code, recommendationCount: b.count }));
  }

  /** The brief of one audience: its published recommendations, each with its evidence. */
  async brief(
    viewer: Viewer,
    args: { editionId?: string | null; audience: RecommendationAudience; countryCode?: string | null },
  ): Promise<PolicyBriefModel> {
    const countryCode = args.countryCode?.toUpperCase() ?? null;
    const error = audienceCountryError(args.audience, countryCode);
    if (error) throw Errors.validation([error]);
    const id = await this.editions.resolveId(args.editionId);
    if (!id) throw Errors.notFound('Edition');
    const edition = await this.editions.get(id);
    const recommendations = await this.models(
      viewer,
      await this.repo.published(this.repo.manager, id, args.audience, countryCode),
    );
    const evidenceCount = recommendations.reduce(
      (n, r) => n + r.citations.length + r.findings.reduce((m, f) => m + f.citations.length, 0),
      0,
    );
    const published = recommendations.map((r) => r.publishedAt?.getTime() ?? 0);
    return {
      editionId: id,
      editionName: edition.name,
      audience: args.audience,
      countryCode,
      recommendations,
      evidenceCount,
      publishedAt: published.length ? new Date(Math.max(...published)) : null,
      pdfPath: briefPdfPath(id, args.audience, countryCode),
    };
  }
}
