import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { AssessmentRoundsService } from './assessment-rounds.service';
import { EditionScopedArgs, OpenAssessmentRoundInput, UpdateAssessmentRoundInput } from './dto/self-assessment.input';
import { toRoundModel } from './self-assessment.mapper';
import { AssessmentRoundModel } from './self-assessment.model';

@Resolver(() => AssessmentRoundModel)
export class AssessmentRoundsResolver {
  constructor(private readonly service: AssessmentRoundsService) {}

  @SignedIn()
  @Query(() => [AssessmentRoundModel], {
    description: 'The self-assessment rounds of an edition (default: the current one), in programme order.',
  })
  async assessmentRounds(@Args() args: EditionScopedArgs): Promise<AssessmentRoundModel[]> {
    return (await this.service.list(args.editionId)).map((v) => toRoundModel(v));
  }

  private async model(id: string): Promise<AssessmentRoundModel> {
    const [view] = await this.service.views([await this.service.get(id)]);
    return toRoundModel(view);
  }

  @RequirePermission('assessmentRound.manage')
  @Mutation(() => AssessmentRoundModel, {
    description: 'ADMIN opens a round of an edition with its window and profile version.',
  })
  async openAssessmentRound(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: OpenAssessmentRoundInput,
    @Context() ctx: RequestContext,
  ): Promise<AssessmentRoundModel> {
    return this.model(await this.service.open(viewer, input, ctx.req.id));
  }

  @RequirePermission('assessmentRound.manage')
  @Mutation(() => AssessmentRoundModel, { description: 'ADMIN moves the window of a round.' })
  async updateAssessmentRound(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateAssessmentRoundInput,
    @Context() ctx: RequestContext,
  ): Promise<AssessmentRoundModel> {
    return this.model(await this.service.update(viewer, input, ctx.req.id));
  }
}
