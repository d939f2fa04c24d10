import type { PeerReviewModel } from './peer-review.model';
import type { AreaRow, InterviewRow, PeerReviewRow, PeerRow, RecommendationRow } from './peer-reviews.repository';

export interface PeerReviewParts {
  areas: AreaRow[];
  peers: PeerRow[];
  interviews: InterviewRow[];
  recommendations: RecommendationRow[];
  today: string;
  canManage: boolean;
  canWriteAsCountry: boolean;
  canWriteAsPeer: boolean;
}

export function toPeerReviewModel(r: PeerReviewRow, p: PeerReviewParts): PeerReviewModel {
  const writing = r.stage === 'VISIT' || r.stage === 'REPORT';
  return {
    id: r.id,
    editionId: r.edition_id,
    countryCode: r.country_code,
    nationalProgrammeId: r.national_programme_id,
    nationalProgrammeRevision: r.national_programme_revision,
    stage: r.stage,
    visitStartsOn: r.visit_starts_on,
    visitEndsOn: r.visit_ends_on,
    reportDueOn: r.report_due_on,
    reportOverdue: writing && !!r.report_due_on && r.report_due_on < p.today,
    countryComments: r.country_comments,
    selfReport: p.areas.map((a) => ({ areaCode: a.area_code, text: a.text })),
    peers: p.peers.map((x) => ({
      personId: x.person_id,
      name: x.name,
      countryCode: x.country_code,
      trainedOn: x.trained_on,
    })),
    interviews: p.interviews.map((i) => ({
      id: i.id,
      interviewee: i.interviewee,
      heldOn: i.held_on,
      notes: i.notes,
      authorName: i.author_name,
    })),
    recommendations: p.recommendations.map((c) => ({
      id: c.id,
      areaCode: c.area_code,
      text: c.text,
      authorName: c.author_name,
      improvementActionId: c.improvement_action_id,
      actionStatus: c.action_status,
    })),
    lockVersion: r.lock_version,
    canManage: p.canManage,
    canWriteAsCountry: p.canWriteAsCountry,
    canWriteAsPeer: p.canWriteAsPeer,
  };
}
