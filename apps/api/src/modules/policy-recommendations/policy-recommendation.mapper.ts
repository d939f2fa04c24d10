import { toCitationModel } from '../evidence/evidence.mapper';
import type { CitationRow, FindingRow } from '../evidence/evidence.repository';
import type { PolicyRecommendationModel, RecommendationFindingModel } from './policy-recommendation.model';
import type {
  RecommendationCitationRow,
  RecommendationCommentRow,
  RecommendationRow,
} from './policy-recommendations.repository';

export function toRecommendationFindingModel(f: FindingRow, citations: CitationRow[]): RecommendationFindingModel {
  return { id: f.id, statement: f.statement, language: f.language, citations: citations.map(toCitationModel) };
}

export function toPolicyRecommendationModel(
  r: RecommendationRow,
  extra: {
    findings: RecommendationFindingModel[];
    citations: RecommendationCitationRow[];
    comments: RecommendationCommentRow[];
    canEdit: boolean;
    canComment: boolean;
  },
): PolicyRecommendationModel {
  return {
    id: r.id,
    editionId: r.edition_id,
    title: r.title,
    text: r.text,
    language: r.language,
    audience: r.audience,
    countryCode: r.country_code,
    status: r.status,
    findings: extra.findings,
    citations: extra.citations.map(toCitationModel),
    comments: extra.comments.map((c) => ({
      id: c.id,
      authorName: c.author_name,
      text: c.text,
      createdAt: c.created_at,
    })),
    consultationStartedAt: r.consultation_started_at,
    publishedAt: r.published_at,
    lockVersion: r.lock_version,
    canEdit: extra.canEdit,
    canComment: extra.canComment,
  };
}
