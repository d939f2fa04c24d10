import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { CycleService } from './cycle.service';
import { MoveCyclePhaseInput, ScheduleCyclePhaseInput } from './dto/cycle-phase.input';
import { CreateEditionInput, UpdateEditionInput } from './dto/edition.input';
import { toEditionModel } from './edition.mapper';
import { EditionModel } from './edition.model';
import { EditionsService } from './editions.service';
import { WhereWeAreNowModel } from './where-we-are-now.model';

@Resolver()
export class ProgrammesResolver {
  constructor(
    private readonly editionService: EditionsService,
    private readonly cycle: CycleService,
  ) {}

  @SignedIn()
  @Query(() => [EditionModel], { description: 'Programme editions with their cycle, newest first.' })
  async editions(): Promise<EditionModel[]> {
    return (await this.editionService.list()).map(toEditionModel);
  }

  @SignedIn()
  @Query(() => EditionModel)
  async edition(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<EditionModel> {
    return toEditionModel(await this.editionService.get(id));
  }

  @SignedIn()
  @Query(() => WhereWeAreNowModel, {
    nullable: true,
    description: 'The current phase of an edition (default: the one running today) and what the viewer should do next.',
  })
  async whereWeAreNow(
    @CurrentViewer() viewer: Viewer,
    @Args('editionId', { type: () => ID, nullable: true }, ParseIdPipe) editionId?: string,
  ): Promise<WhereWeAreNowModel | null> {
    return this.cycle.whereWeAreNow(viewer, editionId);
  }

  @RequirePermission('edition.manage')
  @Mutation(() => EditionModel, { description: 'Creates an edition and its cycle phases, dated across it.' })
  async createEdition(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateEditionInput,
    @Context() ctx: RequestContext,
  ): Promise<EditionModel> {
    return toEditionModel(await this.editionService.create(viewer, input, ctx.req.id));
  }

  @RequirePermission('edition.manage')
  @Mutation(() => EditionModel)
  async updateEdition(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateEditionInput,
    @Context() ctx: RequestContext,
  ): Promise<EditionModel> {
    return toEditionModel(await this.editionService.update(viewer, input, ctx.req.id));
  }

  @RequirePermission('edition.manage')
  @Mutation(() => EditionModel, {
    description:
      'Moves a phase to PLANNED, OPEN or DONE. Going back or opening early needs a reason; every move is audited.',
  })
  async moveCyclePhase(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MoveCyclePhaseInput,
    @Context() ctx: RequestContext,
  ): Promise<EditionModel> {
    return toEditionModel(await this.cycle.move(viewer, input, ctx.req.id));
  }

  @RequirePermission('edition.manage')
  @Mutation(() => EditionModel, { description: 'Changes the dates of a phase (within the edition).' })
  async scheduleCyclePhase(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ScheduleCyclePhaseInput,
    @Context() ctx: RequestContext,
  ): Promise<EditionModel> {
    return toEditionModel(await this.cycle.schedule(viewer, input, ctx.req.id));
  }
}
