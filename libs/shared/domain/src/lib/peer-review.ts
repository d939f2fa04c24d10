/**
 * The peer review of a national programme (issue 15), after the European Peer Review procedure for
 * VET (EQAVET): the stages in their one order, and the quality areas a self-report and the peers'
 * recommendations speak of. The areas' names are in the catalogues (`peerReviews.area.<code>`).
 */
export const PEER_REVIEW_STAGES = ['PREPARATION', 'VISIT', 'REPORT', 'COMMENTS', 'FOLLOW_UP', 'CLOSED'] as const;
export type PeerReviewStage = (typeof PEER_REVIEW_STAGES)[number];

/** The quality areas of the European Peer Review Manual for VET, as stable codes. */
export const PEER_REVIEW_QUALITY_AREAS = [
  'CURRICULA',
  'LEARNING_AND_TEACHING',
  'ASSESSMENT',
  'LEARNING_OUTCOMES',
  'MANAGEMENT',
  'SOCIAL_ENVIRONMENT_AND_ACCESS',
  'STAFF_COMPETENCES',
  'PARTNERSHIPS',
  'RESOURCES',
  'QUALITY_MANAGEMENT',
] as const;
export type PeerReviewQualityArea = (typeof PEER_REVIEW_QUALITY_AREAS)[number];

/** The stage after `stage`, or null for CLOSED. */
export function nextPeerReviewStage(stage: PeerReviewStage): PeerReviewStage | null {
  return PEER_REVIEW_STAGES[PEER_REVIEW_STAGES.indexOf(stage) + 1] ?? null;
}
