import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError } from '../../common/domain-error';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from './policy-recommendation.entity';
import type { RecommendationRow } from './policy-recommendations.repository';

/** Who sees, writes and comments on a policy recommendation, and the outcomes the use cases refuse with. */

export const readOnly = () =>
  new DomainError(
    'RECOMMENDATION_PUBLISHED',
    'This recommendation is published: it takes no more edits, citations or comments.',
  );

export const notInConsultation = (status: RecommendationStatus) =>
  new DomainError(
    'RECOMMENDATION_NOT_IN_CONSULTATION',
    'Comments are taken only while the recommendation is in consultation.',
    { status },
  );

/** One step forward at a time: DRAFT → IN_CONSULTATION → PUBLISHED. */
export function assertNextStatus(current: RecommendationStatus, next: RecommendationStatus): void {
  if (RECOMMENDATION_STATUSES.indexOf(next) !== RECOMMENDATION_STATUSES.indexOf(current) + 1)
    throw new DomainError(
      'RECOMMENDATION_STATUS_STEP',
      `A recommendation that is ${current} cannot become ${next}: it moves one step forward at a time.`,
      { status: next, current },
    );
}

/** RESEARCHER and ADMIN: programme-wide writers, who read drafts too. */
export const canWrite = (viewer: Viewer): boolean => Access.countries(viewer, 'policyRecommendation.write') === 'ALL';

/**
 * Whether the viewer's comment grant covers the audience: a national audience's country, or, for the
 * Baltic level and audiences of all countries, any grant of a role that comments.
 */
export const commentsOn = (viewer: Viewer, r: Pick<RecommendationRow, 'country_code'>): boolean =>
  r.country_code
    ? Access.can(viewer, 'policyRecommendation.comment', { countryCode: r.country_code })
    : Access.allows(viewer, 'policyRecommendation.comment');

export const canComment = (viewer: Viewer, r: RecommendationRow): boolean =>
  r.status === 'IN_CONSULTATION' && commentsOn(viewer, r);

/** Writers see every one; readers the published ones, and those in consultation that they may comment on. */
export const visible = (viewer: Viewer, r: RecommendationRow): boolean =>
  canWrite(viewer) ||
  (r.status === 'PUBLISHED' && Access.allows(viewer, 'policyRecommendation.read')) ||
  canComment(viewer, r);

/** Writers and commenters of the recommendation read its consultation's comments. */
export const readsComments = (viewer: Viewer, r: RecommendationRow): boolean =>
  canWrite(viewer) || (r.status !== 'DRAFT' && commentsOn(viewer, r));
