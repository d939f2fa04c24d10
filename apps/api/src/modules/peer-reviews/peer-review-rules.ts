import type { PeerReviewStage } from '@tandem/shared-domain';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError } from '../../common/domain-error';
import type { PeerReviewRow } from './peer-reviews.repository';

/** Who writes which part of a peer review, and the outcomes it refuses with. */

/** ADMIN: starts reviews, keeps the pool, assigns peers, sets the visit, moves the stages. */
export const canManage = (viewer: Viewer): boolean => Access.countries(viewer, 'peerReview.manage') === 'ALL';

/** The reviewed country's team (its coordinator) or ADMIN: self-report, comments, follow-up. */
export const isCountryTeam = (viewer: Viewer, r: Pick<PeerReviewRow, 'country_code'>): boolean =>
  Access.can(viewer, 'peerReview.countryTeam', { countryCode: r.country_code });

/** An assigned peer of this review (holding a role that may be a peer), or ADMIN: interviews and the report. */
export const isAssignedPeer = (viewer: Viewer, r: Pick<PeerReviewRow, 'peer_ids'>): boolean =>
  canManage(viewer) || (Access.allows(viewer, 'peerReview.peer') && r.peer_ids.includes(viewer.personId));

export const stale = () =>
  new DomainError(
    'STALE_WRITE',
    'Someone else changed this peer review since you opened it. Reload to see their changes, then make yours again.',
  );

/** Refuses a part written outside its stage(s). */
export function inStage(r: Pick<PeerReviewRow, 'stage'>, ...stages: PeerReviewStage[]): void {
  if (!stages.includes(r.stage))
    throw new DomainError(
      'PEER_REVIEW_STAGE',
      `This peer review is in its ${r.stage} stage: this part is written in ${stages.join(' or ')}.`,
      { stage: stages[0], current: r.stage },
    );
}

export function checkLock(r: Pick<PeerReviewRow, 'lock_version'>, expected: number): void {
  if (r.lock_version !== expected) throw stale();
}
