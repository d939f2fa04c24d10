import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { RemoveCitationArgs } from '../evidence/dto/evidence.input';
import {
  CiteInPolicyRecommendationInput,
  CommentOnPolicyRecommendationInput,
  CreatePolicyRecommendationInput,
  PolicyBriefArgs,
  PolicyRecommendationIdArgs,
  PolicyRecommendationsArgs,
  SetPolicyRecommendationStatusInput,
  UpdatePolicyRecommendationInput,
} from './dto/policy-recommendation.input';
import { PolicyBriefModel, PolicyBriefSummaryModel, PolicyRecommendationModel } from './policy-recommendation.model';
import { PolicyRecommendationReadsService } from './policy-recommendation-reads.service';
import { PolicyRecommendationsService } from './policy-recommendations.service';

@Resolver()
export class PolicyRecommendationsResolver {
  constructor(
    private readonly recommendations: PolicyRecommendationsService,
    private readonly reads: PolicyRecommendationReadsService,
  ) {}

  @RequirePermission('policyRecommendation.read')
  @Query(() => [PolicyRecommendationModel], {
    description:
      'The policy recommendations of an edition the viewer may read: all for RESEARCHER and ADMIN; published ones, and those in consultation one may comment on, for coordinators and observers.',
    complexity: ({ childComplexity }) => 1 + 10 * childComplexity,
  })
  policyRecommendations(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PolicyRecommendationsArgs,
  ): Promise<PolicyRecommendationModel[]> {
    return this.reads.list(viewer, args.editionId);
  }

  @RequirePermission('policyRecommendation.read')
  @Query(() => PolicyRecommendationModel)
  policyRecommendation(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PolicyRecommendationIdArgs,
  ): Promise<PolicyRecommendationModel> {
    return this.reads.get(viewer, args.id);
  }

  @RequirePermission('policyRecommendation.read')
  @Query(() => [PolicyBriefSummaryModel], { description: 'The audiences with published recommendations.' })
  policyBriefs(@Args() args: PolicyRecommendationsArgs): Promise<PolicyBriefSummaryModel[]> {
    return this.reads.briefs(args.editionId);
  }

  @RequirePermission('policyRecommendation.read')
  @Query(() => PolicyBriefModel, {
    description: 'The policy brief of an audience: its published recommendations, each followed by its evidence.',
    complexity: ({ childComplexity }) => 1 + 10 * childComplexity,
  })
  policyBrief(@CurrentViewer() viewer: Viewer, @Args() args: PolicyBriefArgs): Promise<PolicyBriefModel> {
    return this.reads.brief(viewer, args);
  }

  @RequirePermission('policyRecommendation.write')
  @Mutation(() => PolicyRecommendationModel, { description: 'A DRAFT recommendation (figures are cited next).' })
  async createPolicyRecommendation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreatePolicyRecommendationInput,
    @Context() ctx: RequestContext,
  ): Promise<PolicyRecommendationModel> {
    return this.reads.get(viewer, await this.recommendations.create(viewer, input, ctx.req.id));
  }

  @RequirePermission('policyRecommendation.write')
  @Mutation(() => PolicyRecommendationModel, {
    description: 'Changes a recommendation that is not published; a stale lockVersion gets STALE_WRITE.',
  })
  async updatePolicyRecommendation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdatePolicyRecommendationInput,
    @Context() ctx: RequestContext,
  ): Promise<PolicyRecommendationModel> {
    await this.recommendations.update(viewer, input, ctx.req.id);
    return this.reads.get(viewer, input.id);
  }

  @RequirePermission('policyRecommendation.write')
  @Mutation(() => PolicyRecommendationModel, {
    description:
      'Cites a figure in a recommendation: a frozen snapshot taken now, like a finding’s citation (groups under 5, quotes under 10: VALIDATION_FAILED).',
  })
  async citeInPolicyRecommendation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CiteInPolicyRecommendationInput,
    @Context() ctx: RequestContext,
  ): Promise<PolicyRecommendationModel> {
    await this.recommendations.cite(viewer, input, ctx.req.id);
    return this.reads.get(viewer, input.recommendationId);
  }

  @RequirePermission('policyRecommendation.write')
  @Mutation(() => PolicyRecommendationModel, {
    description: 'Removes a figure from a recommendation that is not published.',
  })
  async removePolicyRecommendationCitation(
    @CurrentViewer() viewer: Viewer,
    @Args() args: RemoveCitationArgs,
    @Context() ctx: RequestContext,
  ): Promise<PolicyRecommendationModel> {
    return this.reads.get(viewer, await this.recommendations.removeCitation(viewer, args.citationId, ctx.req.id));
  }

  @RequirePermission('policyRecommendation.write')
  @Mutation(() => PolicyRecommendationModel, {
    description:
      'The next status: IN_CONSULTATION, then PUBLISHED (needs a cited figure or a finding: VALIDATION_FAILED). Another step: RECOMMENDATION_STATUS_STEP.',
  })
  async setPolicyRecommendationStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetPolicyRecommendationStatusInput,
    @Context() ctx: RequestContext,
  ): Promise<PolicyRecommendationModel> {
    await this.recommendations.setStatus(viewer, input, ctx.req.id);
    return this.reads.get(viewer, input.id);
  }

  @RequirePermission('policyRecommendation.comment')
  @Mutation(() => PolicyRecommendationModel, {
    description: 'A comment during the consultation (a national audience: coordinators and observers of its country).',
  })
  async commentOnPolicyRecommendation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CommentOnPolicyRecommendationInput,
    @Context() ctx: RequestContext,
  ): Promise<PolicyRecommendationModel> {
    return this.reads.get(viewer, await this.recommendations.comment(viewer, input, ctx.req.id));
  }
}
