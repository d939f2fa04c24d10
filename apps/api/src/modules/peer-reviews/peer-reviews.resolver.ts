import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import {
  AddPeerReviewInterviewInput,
  AddPeerReviewRecommendationInput,
  AddTrainedPeerInput,
  AdvancePeerReviewInput,
  AssignPeerReviewerInput,
  CommentOnPeerReviewReportInput,
  CreatePeerReviewInput,
  PeerReviewIdArgs,
  PeerReviewsArgs,
  SavePeerReviewSelfReportInput,
  SchedulePeerReviewVisitInput,
  SetPeerReviewActionStatusInput,
} from './dto/peer-review.input';
import { PeerReviewModel, TrainedPeerModel } from './peer-review.model';
import { PeerReviewReadsService } from './peer-review-reads.service';
import { PeerReviewWritingService } from './peer-review-writing.service';
import { PeerReviewsService } from './peer-reviews.service';

@Resolver()
export class PeerReviewsResolver {
  constructor(
    private readonly reviews: PeerReviewsService,
    private readonly writing: PeerReviewWritingService,
    private readonly reads: PeerReviewReadsService,
  ) {}

  @RequirePermission('peerReview.read')
  @Query(() => [PeerReviewModel], {
    description: 'The peer reviews of the national programmes of an edition.',
    complexity: ({ childComplexity }) => 1 + 3 * childComplexity,
  })
  peerReviews(@CurrentViewer() viewer: Viewer, @Args() args: PeerReviewsArgs): Promise<PeerReviewModel[]> {
    return this.reads.list(viewer, args.editionId);
  }

  @RequirePermission('peerReview.read')
  @Query(() => PeerReviewModel)
  peerReview(@CurrentViewer() viewer: Viewer, @Args() args: PeerReviewIdArgs): Promise<PeerReviewModel> {
    return this.reads.one(viewer, args.id);
  }

  @RequirePermission('peerReview.manage')
  @Query(() => [TrainedPeerModel], { description: 'The pool of trained peers.' })
  trainedPeers(): Promise<TrainedPeerModel[]> {
    return this.reads.pool();
  }

  @RequirePermission('peerReview.manage')
  @Mutation(() => [TrainedPeerModel], {
    description: 'Adds a person to the pool of trained peers (or changes their entry).',
  })
  async addTrainedPeer(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddTrainedPeerInput,
    @Context() ctx: RequestContext,
  ): Promise<TrainedPeerModel[]> {
    await this.reviews.addTrainedPeer(viewer, input, ctx.req.id);
    return this.reads.pool();
  }

  @RequirePermission('peerReview.manage')
  @Mutation(() => PeerReviewModel, {
    description: 'Starts the peer review of a country’s national programme (PREPARATION).',
  })
  async createPeerReview(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreatePeerReviewInput,
    @Context() ctx: RequestContext,
  ): Promise<PeerReviewModel> {
    return this.reads.one(viewer, await this.reviews.createPeerReview(viewer, input, ctx.req.id));
  }

  @RequirePermission('peerReview.manage')
  @Mutation(() => PeerReviewModel, {
    description: 'Assigns a trained peer of another Baltic country (PEER_OWN_COUNTRY).',
  })
  async assignPeerReviewer(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AssignPeerReviewerInput,
    @Context() ctx: RequestContext,
  ): Promise<PeerReviewModel> {
    await this.reviews.assignPeerReviewer(viewer, input, ctx.req.id);
    return this.reads.one(viewer, input.reviewId);
  }

  @RequirePermission('peerReview.manage')
  @Mutation(() => PeerReviewModel, { description: 'The visit’s dates and the report deadline.' })
  async schedulePeerReviewVisit(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SchedulePeerReviewVisitInput,
    @Context() ctx: RequestContext,
  ): Promise<PeerReviewModel> {
    await this.reviews.scheduleVisit(viewer, input, ctx.req.id);
    return this.reads.one(viewer, input.reviewId);
  }

  @RequirePermission('peerReview.manage')
  @Mutation(() => PeerReviewModel, { description: 'The next stage (PEER_REVIEW_STAGE for any other).' })
  async advancePeerReview(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AdvancePeerReviewInput,
    @Context() ctx: RequestContext,
  ): Promise<PeerReviewModel> {
    await this.reviews.advance(viewer, input, ctx.req.id);
    return this.reads.one(viewer, input.reviewId);
  }

  @RequirePermission('peerReview.countryTeam')
  @Mutation(() => PeerReviewModel, {
    description: 'COMMENTS → FOLLOW_UP: each recommendation becomes one improvement action of the national programme.',
  })
  async startPeerReviewFollowUp(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PeerReviewIdArgs,
    @Context() ctx: RequestContext,
  ): Promise<PeerReviewModel> {
    await this.reviews.startFollowUp(viewer, args.id, ctx.req.id);
    return this.reads.one(viewer, args.id);
  }

  @RequirePermission('peerReview.countryTeam')
  @Mutation(() => PeerReviewModel, { description: 'A follow-up action moves on: AGREED, then DONE.' })
  async setPeerReviewActionStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetPeerReviewActionStatusInput,
    @Context() ctx: RequestContext,
  ): Promise<PeerReviewModel> {
    return this.reads.one(viewer, await this.reviews.setActionStatus(viewer, input, ctx.req.id));
  }

  @RequirePermission('peerReview.countryTeam')
  @Mutation(() => PeerReviewModel, { description: 'The country team’s self-report on the quality areas it chose.' })
  async savePeerReviewSelfReport(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SavePeerReviewSelfReportInput,
    @Context() ctx: RequestContext,
  ): Promise<PeerReviewModel> {
    await this.writing.saveSelfReport(viewer, input, ctx.req.id);
    return this.reads.one(viewer, input.reviewId);
  }

  @RequirePermission('peerReview.peer')
  @Mutation(() => PeerReviewModel, { description: 'An assigned peer’s note of an interview of the visit.' })
  async addPeerReviewInterview(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddPeerReviewInterviewInput,
    @Context() ctx: RequestContext,
  ): Promise<PeerReviewModel> {
    await this.writing.addInterview(viewer, input, ctx.req.id);
    return this.reads.one(viewer, input.reviewId);
  }

  @RequirePermission('peerReview.peer')
  @Mutation(() => PeerReviewModel, {
    description: 'An assigned peer’s recommendation of the report, on a quality area.',
  })
  async addPeerReviewRecommendation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddPeerReviewRecommendationInput,
    @Context() ctx: RequestContext,
  ): Promise<PeerReviewModel> {
    await this.writing.addRecommendation(viewer, input, ctx.req.id);
    return this.reads.one(viewer, input.reviewId);
  }

  @RequirePermission('peerReview.countryTeam')
  @Mutation(() => PeerReviewModel, { description: 'The reviewed country’s comments on the peer report.' })
  async commentOnPeerReviewReport(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CommentOnPeerReviewReportInput,
    @Context() ctx: RequestContext,
  ): Promise<PeerReviewModel> {
    await this.writing.commentOnReport(viewer, input, ctx.req.id);
    return this.reads.one(viewer, input.reviewId);
  }
}
