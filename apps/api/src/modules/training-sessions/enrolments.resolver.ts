import { Args, Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { ModulesService } from '../modules/modules.service';
import { AttendanceService } from './attendance.service';
import { CalendarService } from './calendar.service';
import {
  BookSessionInput,
  CancelEnrolmentInput,
  CheckInInput,
  MarkAttendanceInput,
  MoveEnrolmentInput,
} from './dto/enrolment.input';
import { SessionIdArgs } from './dto/session.input';
import { EnrolmentReadsService } from './enrolment-reads.service';
import { EnrolmentsService } from './enrolments.service';
import { toEnrolmentModel, toTrainingSessionModel } from './training-session.mapper';
import {
  CalendarFeedModel,
  CheckInCodeModel,
  EnrolmentModel,
  EnrollableTandemModel,
  MyEnrolmentModel,
  TrainingSessionModel,
} from './training-session.model';

@ObjectType('SessionRoster')
export class SessionRosterModel {
  @Field(() => TrainingSessionModel) session!: TrainingSessionModel;
  @Field(() => [EnrolmentModel], {
    description: 'CONFIRMED first, then the waitlist in order.',
  })
  enrolments!: EnrolmentModel[];
}

@Resolver(() => EnrolmentModel)
export class EnrolmentsResolver {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly reads: EnrolmentReadsService,
    private readonly attendance: AttendanceService,
    private readonly modules: ModulesService,
    private readonly calendar: CalendarService,
  ) {}

  private async model(viewer: Viewer, id: string): Promise<EnrolmentModel> {
    return toEnrolmentModel(await this.reads.get(viewer, id));
  }

  @SignedIn()
  @Query(() => [MyEnrolmentModel], {
    description: 'The viewer’s enrolments that are not cancelled, soonest first.',
  })
  async myEnrolments(@CurrentViewer() viewer: Viewer): Promise<MyEnrolmentModel[]> {
    const [mine, language] = await Promise.all([this.reads.mine(viewer), this.modules.languageOf(viewer)]);
    return mine.map((m) => ({
      enrolment: toEnrolmentModel(m.enrolment),
      session: toTrainingSessionModel(m.session, viewer, language),
      canCancel: this.reads.canCancel(viewer, m.session),
    }));
  }

  @RequirePermission('session.run')
  @Query(() => SessionRosterModel, {
    description: 'Who is enrolled, with attendance: for the trainers assigned and who may edit the session.',
  })
  async sessionRoster(@CurrentViewer() viewer: Viewer, @Args() args: SessionIdArgs): Promise<SessionRosterModel> {
    const [roster, language] = await Promise.all([
      this.reads.roster(viewer, args.sessionId),
      this.modules.languageOf(viewer),
    ]);
    return {
      session: toTrainingSessionModel(roster.session, viewer, language),
      enrolments: roster.enrolments.map(toEnrolmentModel),
    };
  }

  @RequirePermission('enrolment.manage')
  @Query(() => [EnrollableTandemModel], {
    description: 'ACTIVE tandems of the coordinator’s country not yet enrolled in the session.',
  })
  async enrollableTandems(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SessionIdArgs,
  ): Promise<EnrollableTandemModel[]> {
    return this.reads.enrollableTandems(viewer, args.sessionId);
  }

  @RequirePermission('session.book')
  @Mutation(() => EnrolmentModel, {
    description:
      'Books two seats for the viewer’s ACTIVE tandem (both or none), or one seat where singles are allowed; CONFIRMED, WAITLISTED, or SESSION_FULL when `waitlist` is false.',
  })
  async bookSession(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: BookSessionInput,
    @Context() ctx: RequestContext,
  ): Promise<EnrolmentModel> {
    return toEnrolmentModel(await this.enrolments.book(viewer, input, ctx.req.id));
  }

  @RequirePermission('session.book')
  @Mutation(() => EnrolmentModel, {
    description:
      'Cancels an enrolment (either partner: the whole tandem’s seats) up to the deadline; after it only a coordinator. The waitlist moves up.',
  })
  async cancelEnrolment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CancelEnrolmentInput,
    @Context() ctx: RequestContext,
  ): Promise<EnrolmentModel> {
    return toEnrolmentModel(await this.enrolments.cancel(viewer, input.enrolmentId, ctx.req.id));
  }

  @RequirePermission('enrolment.manage')
  @Mutation(() => EnrolmentModel, {
    description: 'Moves a tandem to another session of the same module (a coordinator, on its behalf).',
  })
  async moveEnrolment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MoveEnrolmentInput,
    @Context() ctx: RequestContext,
  ): Promise<EnrolmentModel> {
    return toEnrolmentModel(await this.enrolments.move(viewer, input.enrolmentId, input.toSessionId, ctx.req.id));
  }

  @RequirePermission('session.run')
  @Mutation(() => SessionRosterModel, {
    description: 'Marks attendance (PRESENT, ABSENT, EXCUSED) of confirmed people.',
  })
  async markAttendance(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MarkAttendanceInput,
    @Context() ctx: RequestContext,
  ): Promise<SessionRosterModel> {
    await this.attendance.mark(viewer, input.sessionId, input.entries, ctx.req.id);
    return this.sessionRoster(viewer, { sessionId: input.sessionId });
  }

  @RequirePermission('session.run')
  @Query(() => CheckInCodeModel, {
    description: 'The QR check-in code to show; it changes every 30 seconds.',
  })
  async checkInCode(@CurrentViewer() viewer: Viewer, @Args() args: SessionIdArgs): Promise<CheckInCodeModel> {
    return this.attendance.code(viewer, args.sessionId);
  }

  @RequirePermission('enrolment.own')
  @Mutation(() => TrainingSessionModel, {
    description: 'QR self check-in: the signed-in tutor with a confirmed seat is marked PRESENT.',
  })
  async checkIn(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CheckInInput,
    @Context() ctx: RequestContext,
  ): Promise<TrainingSessionModel> {
    await this.attendance.checkIn(viewer, input.sessionId, input.code, ctx.req.id);
    const [session, language] = await Promise.all([
      this.reads.session(viewer, input.sessionId),
      this.modules.languageOf(viewer),
    ]);
    return toTrainingSessionModel(session, viewer, language);
  }

  @SignedIn()
  @Query(() => Boolean, {
    description: 'Whether the viewer has a private calendar feed.',
  })
  async hasCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.calendar.hasFeed(viewer);
  }

  @SignedIn()
  @Mutation(() => CalendarFeedModel, {
    description: 'A new private calendar feed URL (shown once); the previous one stops working.',
  })
  async createCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedModel> {
    return { path: await this.calendar.createFeed(viewer) };
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Revokes the private calendar feed; its URL stops working.',
  })
  async revokeCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.calendar.revokeFeed(viewer);
  }
}
