import { Injectable } from '@nestjs/common';
import type { AuditOperation } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import type {
  AddPeerReviewInterviewInput,
  AddPeerReviewRecommendationInput,
  CommentOnPeerReviewReportInput,
  SavePeerReviewSelfReportInput,
} from './dto/peer-review.input';
import { PeerReviewsRepository, type PeerReviewRow } from './peer-reviews.repository';
import { checkLock, inStage, isAssignedPeer, isCountryTeam } from './peer-review-rules';

/**
 * The parts of a peer review its two sides write: the country team's self-report (PREPARATION) and
 * comments on the report (COMMENTS); the assigned peers' interview notes (VISIT) and recommendations
 * (REPORT). Each use case locks the review's row, so no part lands in a stage that has just ended.
 */
@Injectable()
export class PeerReviewWritingService {
  constructor(
    private readonly repo: PeerReviewsRepository,
    private readonly audit: AuditService,
  ) {}

  private async lockFor(
    db: EntityManager,
    viewer: Viewer,
    id: string,
    side: 'country' | 'peer',
  ): Promise<PeerReviewRow> {
    const r = await this.repo.review(db, id, true);
    if (!r) throw Errors.notFound('Peer review');
    if (side === 'country' && !isCountryTeam(viewer, r))
      throw Errors.forbidden('Only the reviewed country’s team writes this part of its peer review.');
    if (side === 'peer' && !isAssignedPeer(viewer, r))
      throw Errors.forbidden('Only the peers assigned to this review write this part of it.');
    return r;
  }

  private record(
    db: EntityManager,
    viewer: Viewer,
    operation: AuditOperation,
    r: PeerReviewRow,
    summary: string,
    requestId?: string,
  ) {
    return this.audit.record(db, {
      actorPersonId: viewer.personId,
      operation,
      targetType: 'PeerReview',
      targetId: r.id,
      summary: `${r.country_code}: ${summary}`,
      requestId,
    });
  }

  async saveSelfReport(viewer: Viewer, input: SavePeerReviewSelfReportInput, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      const r = await this.lockFor(db, viewer, input.reviewId, 'country');
      checkLock(r, input.expectedLockVersion);
      inStage(r, 'PREPARATION');
      const areas = input.areas.map((a) => ({ areaCode: a.areaCode, text: a.text.trim() }));
      await this.repo.replaceAreas(db, r.id, areas);
      await this.repo.update(db, r.id, {});
      await this.record(
        db,
        viewer,
        'savePeerReviewSelfReport',
        r,
        `Self-report on ${areas.length} quality areas`,
        requestId,
      );
    });
  }

  async addInterview(viewer: Viewer, input: AddPeerReviewInterviewInput, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      const r = await this.lockFor(db, viewer, input.reviewId, 'peer');
      inStage(r, 'VISIT');
      await this.repo.insertInterview(db, {
        reviewId: r.id,
        interviewee: input.interviewee.trim(),
        heldOn: input.heldOn,
        notes: input.notes.trim(),
        authorId: viewer.personId,
      });
      await this.record(db, viewer, 'addPeerReviewInterview', r, `Interview of ${input.interviewee.trim()}`, requestId);
    });
  }

  async addRecommendation(viewer: Viewer, input: AddPeerReviewRecommendationInput, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      const r = await this.lockFor(db, viewer, input.reviewId, 'peer');
      inStage(r, 'REPORT');
      await this.repo.insertRecommendation(db, {
        reviewId: r.id,
        areaCode: input.areaCode,
        text: input.text.trim(),
        authorId: viewer.personId,
      });
      await this.record(db, viewer, 'addPeerReviewRecommendation', r, `Recommendation on ${input.areaCode}`, requestId);
    });
  }

  async commentOnReport(viewer: Viewer, input: CommentOnPeerReviewReportInput, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      const r = await this.lockFor(db, viewer, input.reviewId, 'country');
      checkLock(r, input.expectedLockVersion);
      inStage(r, 'COMMENTS');
      await this.repo.update(db, r.id, { countryComments: input.comments.trim() });
      await this.record(db, viewer, 'commentOnPeerReviewReport', r, 'Commented on the peer report', requestId);
    });
  }
}
