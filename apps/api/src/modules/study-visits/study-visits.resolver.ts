import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import {
  ContributeToReportArgs,
  CreateStudyVisitArgs,
  SetParticipantStatusArgs,
  StudyVisitArgs,
  UpdateStudyVisitArgs,
} from './dto/study-visit.inputs';
import { MobilityCountModel, StudyVisitModel } from './study-visit.model';
import { StudyVisitsService } from './study-visits.service';

@Resolver(() => StudyVisitModel)
export class StudyVisitsResolver {
  constructor(private readonly visits: StudyVisitsService) {}

  @SignedIn()
  @Query(() => [StudyVisitModel], {
    description: 'Study visits, newest first, with participants and the shared report.',
    complexity: ({ childComplexity }) => 1 + 10 * childComplexity,
  })
  studyVisits(@CurrentViewer() viewer: Viewer): Promise<StudyVisitModel[]> {
    return this.visits.list(viewer);
  }

  @SignedIn()
  @Query(() => StudyVisitModel)
  studyVisit(@CurrentViewer() viewer: Viewer, @Args() args: StudyVisitArgs): Promise<StudyVisitModel> {
    return this.visits.get(viewer, args.id);
  }

  @SignedIn()
  @Query(() => [MobilityCountModel], {
    description: 'Mobilities by kind, country pair (sender → host) and year: the cockpit’s matrix.',
  })
  mobilityCounts(): Promise<MobilityCountModel[]> {
    return this.visits.mobilityCounts();
  }

  @RequirePermission('studyVisit.manage')
  @Mutation(() => StudyVisitModel, {
    description:
      'Plans a study visit: hosts, dates, agenda, optional budget (ADMIN; a coordinator for one of their countries).',
  })
  async createStudyVisit(
    @CurrentViewer() viewer: Viewer,
    @Args() args: CreateStudyVisitArgs,
    @Context() ctx: RequestContext,
  ): Promise<StudyVisitModel> {
    const id = await this.visits.create(viewer, args.input, ctx.req.id);
    return this.visits.get(viewer, id);
  }

  @RequirePermission('studyVisit.manage')
  @Mutation(() => StudyVisitModel, {
    description: 'Changes the plan of a study visit (ADMIN; a coordinator of the organising country).',
  })
  async updateStudyVisit(
    @CurrentViewer() viewer: Viewer,
    @Args() args: UpdateStudyVisitArgs,
    @Context() ctx: RequestContext,
  ): Promise<StudyVisitModel> {
    await this.visits.update(viewer, args.id, args.input, ctx.req.id);
    return this.visits.get(viewer, args.id);
  }

  @RequirePermission('studyVisit.apply')
  @Mutation(() => StudyVisitModel, { description: 'Applies the viewer (APPLIED); again changes nothing.' })
  async applyToStudyVisit(
    @CurrentViewer() viewer: Viewer,
    @Args() args: StudyVisitArgs,
    @Context() ctx: RequestContext,
  ): Promise<StudyVisitModel> {
    await this.visits.apply(viewer, args.id, ctx.req.id);
    return this.visits.get(viewer, args.id);
  }

  @RequirePermission('studyVisit.manage')
  @Mutation(() => StudyVisitModel, { description: 'APPLIED → SELECTED → WENT for one participant.' })
  async setStudyVisitParticipantStatus(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SetParticipantStatusArgs,
    @Context() ctx: RequestContext,
  ): Promise<StudyVisitModel> {
    await this.visits.setStatus(viewer, args.id, args.personId, args.status, ctx.req.id);
    return this.visits.get(viewer, args.id);
  }

  @RequirePermission('studyVisit.apply')
  @Mutation(() => StudyVisitModel, { description: 'A participant who went writes their part of the shared report.' })
  async contributeToStudyVisitReport(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ContributeToReportArgs,
    @Context() ctx: RequestContext,
  ): Promise<StudyVisitModel> {
    await this.visits.contribute(viewer, args.id, args, ctx.req.id);
    return this.visits.get(viewer, args.id);
  }
}
