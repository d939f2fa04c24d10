import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { ModulesService } from '../modules/modules.service';
import {
  EditionScopedArgs,
  SaveSelfAssessmentInput,
  SelfAssessmentArgs,
  ShareSelfAssessmentInput,
  SubmitSelfAssessmentInput,
  TandemComparisonArgs,
} from './dto/self-assessment.input';
import { toComparisonModel, toSelfAssessmentModel } from './self-assessment.mapper';
import { SelfAssessmentModel, TandemComparisonModel } from './self-assessment.model';
import { SelfAssessmentsService } from './self-assessments.service';

@Resolver(() => SelfAssessmentModel)
export class SelfAssessmentsResolver {
  constructor(
    private readonly service: SelfAssessmentsService,
    private readonly modules: ModulesService,
  ) {}

  private async model(viewer: Viewer, id: string): Promise<SelfAssessmentModel> {
    const [view, language] = await Promise.all([this.service.get(viewer, id), this.modules.languageOf(viewer)]);
    return toSelfAssessmentModel(view, language);
  }

  @RequirePermission('selfAssessment.own')
  @Query(() => [SelfAssessmentModel], {
    description: 'The signed-in tutor’s self-assessments in an edition, round by round.',
  })
  async mySelfAssessments(
    @CurrentViewer() viewer: Viewer,
    @Args() args: EditionScopedArgs,
  ): Promise<SelfAssessmentModel[]> {
    const [views, language] = await Promise.all([
      this.service.mine(viewer, args.editionId),
      this.modules.languageOf(viewer),
    ]);
    return views.map((v) => toSelfAssessmentModel(v, language));
  }

  @RequirePermission('selfAssessment.own')
  @Query(() => SelfAssessmentModel, {
    description:
      'A self-assessment: the owner’s, or the tandem partner’s when submitted and shared. Anyone else: NOT_FOUND.',
  })
  selfAssessment(@CurrentViewer() viewer: Viewer, @Args() args: SelfAssessmentArgs): Promise<SelfAssessmentModel> {
    return this.model(viewer, args.id);
  }

  @RequirePermission('selfAssessment.own')
  @Query(() => TandemComparisonModel, {
    nullable: true,
    description:
      'The viewer’s tandem, school vs company partner, in a round; null without a tandem or a submitted round.',
  })
  async tandemComparison(
    @CurrentViewer() viewer: Viewer,
    @Args() args: TandemComparisonArgs,
  ): Promise<TandemComparisonModel | null> {
    const [pair, language] = await Promise.all([
      this.service.pair(viewer, args.roundId),
      this.modules.languageOf(viewer),
    ]);
    return pair ? toComparisonModel(pair, language) : null;
  }

  @RequirePermission('selfAssessment.own')
  @Mutation(() => SelfAssessmentModel, {
    description:
      'Saves changed ratings of the viewer’s draft in an open round (the first save creates it). ROUND_CLOSED outside the window.',
  })
  async saveSelfAssessment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveSelfAssessmentInput,
  ): Promise<SelfAssessmentModel> {
    return this.model(viewer, await this.service.save(viewer, input));
  }

  @RequirePermission('selfAssessment.own')
  @Mutation(() => SelfAssessmentModel, {
    description:
      'Submits the draft once (every competence rated); then it is read-only. ROUND_CLOSED after the window.',
  })
  async submitSelfAssessment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SubmitSelfAssessmentInput,
    @Context() ctx: RequestContext,
  ): Promise<SelfAssessmentModel> {
    await this.service.submit(viewer, input, ctx.req.id);
    return this.model(viewer, input.id);
  }

  @RequirePermission('selfAssessment.own')
  @Mutation(() => SelfAssessmentModel, { description: 'The owner lets their tandem partner read it (or stops).' })
  async shareSelfAssessment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ShareSelfAssessmentInput,
    @Context() ctx: RequestContext,
  ): Promise<SelfAssessmentModel> {
    await this.service.share(viewer, input, ctx.req.id);
    return this.model(viewer, input.id);
  }
}
