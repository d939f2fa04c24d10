import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { ModulesService } from '../modules/modules.service';
import {
  AgendaArgs,
  CancelSessionInput,
  CompleteSessionInput,
  ScheduleSessionInput,
  ScheduleSessionSeriesInput,
  SessionArgs,
  TrainingSessionsArgs,
  UpdateSessionInput,
} from './dto/session.input';
import { toTrainingSessionModel } from './training-session.mapper';
import { TrainingSessionConnectionModel, TrainingSessionModel } from './training-session.model';
import { TrainingSessionsService } from './training-sessions.service';

@Resolver(() => TrainingSessionModel)
export class TrainingSessionsResolver {
  constructor(
    private readonly service: TrainingSessionsService,
    private readonly modules: ModulesService,
  ) {}

  private async model(viewer: Viewer, id: string): Promise<TrainingSessionModel> {
    const [view, language] = await Promise.all([this.service.get(viewer, id), this.modules.languageOf(viewer)]);
    return toTrainingSessionModel(view, viewer, language);
  }

  @SignedIn()
  @Query(() => TrainingSessionConnectionModel, {
    description: 'Sessions the viewer may see (joint ones, and the national ones of their country), soonest first.',
  })
  async trainingSessions(
    @CurrentViewer() viewer: Viewer,
    @Args() args: TrainingSessionsArgs,
  ): Promise<TrainingSessionConnectionModel> {
    const [page, language] = await Promise.all([this.service.page(viewer, args), this.modules.languageOf(viewer)]);
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: toTrainingSessionModel(e.node, viewer, language),
      })),
    };
  }

  @RequirePermission('session.run')
  @Query(() => TrainingSessionConnectionModel, {
    description: 'The trainer’s agenda: sessions assigned to the viewer, and for coordinators those of their country.',
  })
  async agenda(@CurrentViewer() viewer: Viewer, @Args() args: AgendaArgs): Promise<TrainingSessionConnectionModel> {
    const [page, language] = await Promise.all([this.service.agenda(viewer, args), this.modules.languageOf(viewer)]);
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: toTrainingSessionModel(e.node, viewer, language),
      })),
    };
  }

  @SignedIn()
  @Query(() => TrainingSessionModel)
  async trainingSession(@CurrentViewer() viewer: Viewer, @Args() args: SessionArgs): Promise<TrainingSessionModel> {
    return this.model(viewer, args.id);
  }

  @RequirePermission('session.schedule')
  @Mutation(() => TrainingSessionModel, {
    description:
      'Schedules a session of a module (ADMIN: joint modules; the country’s TRAINER or COORDINATOR: national ones).',
  })
  async scheduleSession(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ScheduleSessionInput,
    @Context() ctx: RequestContext,
  ): Promise<TrainingSessionModel> {
    return this.model(viewer, await this.service.schedule(viewer, input, ctx.req.id));
  }

  @RequirePermission('session.schedule')
  @Mutation(() => [TrainingSessionModel], {
    description: 'The same module on several dates at once: all are scheduled, or none.',
  })
  async scheduleSessionSeries(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ScheduleSessionSeriesInput,
    @Context() ctx: RequestContext,
  ): Promise<TrainingSessionModel[]> {
    const ids = await this.service.scheduleMany(viewer, input.session, input.dates, ctx.req.id);
    return Promise.all(ids.map((id) => this.model(viewer, id)));
  }

  @RequirePermission('session.schedule')
  @Mutation(() => TrainingSessionModel, {
    description:
      'Changes a scheduled session; a new time or place is mailed to everyone enrolled, a larger capacity moves the waitlist.',
  })
  async updateSession(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateSessionInput,
    @Context() ctx: RequestContext,
  ): Promise<TrainingSessionModel> {
    await this.service.update(viewer, input, ctx.req.id);
    return this.model(viewer, input.sessionId);
  }

  @RequirePermission('session.schedule')
  @Mutation(() => TrainingSessionModel, {
    description: 'Cancels a scheduled session with a reason, mailed to everyone enrolled.',
  })
  async cancelSession(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CancelSessionInput,
    @Context() ctx: RequestContext,
  ): Promise<TrainingSessionModel> {
    await this.service.cancel(viewer, input.sessionId, input.reason, ctx.req.id);
    return this.model(viewer, input.sessionId);
  }

  @RequirePermission('session.schedule')
  @Mutation(() => TrainingSessionModel, {
    description: 'Marks a session that has taken place COMPLETED.',
  })
  async completeSession(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CompleteSessionInput,
    @Context() ctx: RequestContext,
  ): Promise<TrainingSessionModel> {
    await this.service.complete(viewer, input.sessionId, ctx.req.id);
    return this.model(viewer, input.sessionId);
  }
}
