import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/pagination';
import { ATTENDANCE_STATUSES } from './attendance.entity';
import type { AttendanceStatus as AttendanceStatusValue } from './attendance.entity';
import { ENROLMENT_STATUSES } from './enrolment.entity';
import type { EnrolmentStatus as EnrolmentStatusValue } from './enrolment.entity';
import { SESSION_STATUSES } from './training-session.entity';
import type { SessionStatus as SessionStatusValue } from './training-session.entity';
import { DST_CHOICES } from './session-times';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const SessionStatus = asEnum(SESSION_STATUSES);
export const EnrolmentStatus = asEnum(ENROLMENT_STATUSES);
export const AttendanceStatus = asEnum(ATTENDANCE_STATUSES);
registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'SCHEDULED → COMPLETED, or CANCELLED with a reason.',
});
registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description:
    'CONFIRMED holds seats; WAITLISTED waits in arrival order and is promoted when seats free up; CANCELLED is history.',
});
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
export const DstChoice = asEnum(DST_CHOICES);
registerEnumType(DstChoice, {
  name: 'DstChoice',
  description:
    'For a local time that happens twice (the night daylight saving time ends): EARLIER, the first occurrence (summer time), or LATER, the second (winter time).',
});

@ObjectType('SessionTrainer')
export class SessionTrainerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('TrainingSession', {
  description: 'A module delivered at a time and place.',
})
export class TrainingSessionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field(() => ID) moduleId!: string;
  @Field() moduleCode!: string;
  @Field({ description: 'In the viewer’s language, else English.' })
  moduleTitle!: string;
  @Field() moduleKind!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'For a joint module: 1..3.',
  })
  jointNumber!: number | null;
  @Field(() => Int) moduleVersion!: number;
  @Field(() => String, {
    nullable: true,
    description: 'The country whose tutors it is for; null: a joint session open to all.',
  })
  countryCode!: string | null;
  @Field({ description: 'UTC.' }) startsAt!: Date;
  @Field({ description: 'UTC.' }) endsAt!: Date;
  @Field({ description: 'IANA zone the session is held in.' })
  timeZone!: string;
  @Field({
    description: 'The start as a wall-clock time in `timeZone` (YYYY-MM-DDTHH:mm), as the forms enter it.',
  })
  localStartsAt!: string;
  @Field() localEndsAt!: string;
  @Field() localEnrolmentDeadline!: string;
  @Field(() => Float, { description: 'Contact hours counted for completion.' })
  hours!: number;
  @Field(() => Int) capacity!: number;
  @Field(() => Int, { description: 'Seats held by CONFIRMED enrolments.' })
  seatsTaken!: number;
  @Field(() => Int) seatsLeft!: number;
  @Field(() => Int, { description: 'Enrolments waiting for seats.' })
  waitlistCount!: number;
  @Field(() => SessionStatus) status!: SessionStatusValue;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => String, { nullable: true }) venue!: string | null;
  @Field(() => String, { nullable: true }) onlineUrl!: string | null;
  @Field() language!: string;
  @Field() enrolmentDeadline!: Date;
  @Field({
    description: 'Whether a tutor without an ACTIVE tandem may book one seat.',
  })
  allowSingles!: boolean;
  @Field(() => [SessionTrainerModel]) trainers!: SessionTrainerModel[];
  @Field(() => ID, {
    nullable: true,
    description: 'The viewer’s own active enrolment, if any.',
  })
  myEnrolmentId!: string | null;
  @Field(() => EnrolmentStatus, { nullable: true })
  myEnrolmentStatus!: EnrolmentStatusValue | null;
  @Field(() => AttendanceStatus, {
    nullable: true,
    description: 'The viewer’s attendance of the session once marked (what a past enrolment came to).',
  })
  myAttendance!: AttendanceStatusValue | null;
  @Field({
    description:
      'The viewer may change, cancel or complete it (ADMIN: joint; the country’s COORDINATOR or TRAINER: national).',
  })
  canEdit!: boolean;
  @Field({
    description: 'The viewer may see the roster and mark attendance (also the trainers assigned).',
  })
  canKeepRoster!: boolean;
}

@ObjectType('TrainingSessionEdge')
export class TrainingSessionEdgeModel {
  @Field() cursor!: string;
  @Field(() => TrainingSessionModel) node!: TrainingSessionModel;
}

@ObjectType('TrainingSessionConnection')
export class TrainingSessionConnectionModel {
  @Field(() => Int) totalCount!: number;
  @Field(() => [TrainingSessionEdgeModel]) edges!: TrainingSessionEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}

@ObjectType('EnrolledPerson')
export class EnrolledPersonModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => AttendanceStatus, {
    nullable: true,
    description: 'Null until marked.',
  })
  attendance!: AttendanceStatusValue | null;
}

@ObjectType('Enrolment', {
  description: 'A tandem’s two seats (booked together), or one seat of a single tutor.',
})
export class EnrolmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => ID, { nullable: true }) tandemId!: string | null;
  @Field(() => EnrolmentStatus) status!: EnrolmentStatusValue;
  @Field(() => Int) seats!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Place on the waitlist (1: next), for WAITLISTED.',
  })
  waitlistPosition!: number | null;
  @Field() createdAt!: Date;
  @Field(() => [EnrolledPersonModel]) people!: EnrolledPersonModel[];
  @Field({ description: 'GET it (signed in) for the .ics calendar file.' })
  calendarPath!: string;
}

@ObjectType('MyEnrolment')
export class MyEnrolmentModel {
  @Field(() => EnrolmentModel) enrolment!: EnrolmentModel;
  @Field(() => TrainingSessionModel) session!: TrainingSessionModel;
  @Field({
    description: 'The viewer may still cancel it (until the enrolment deadline).',
  })
  canCancel!: boolean;
}

@ObjectType('CheckInCode', {
  description: 'The rotating QR check-in code of a session; a new one every 30 seconds.',
})
export class CheckInCodeModel {
  @Field() code!: string;
  @Field({
    description: 'The path a tutor’s phone opens (the QR code holds it with the site’s address).',
  })
  path!: string;
  @Field() expiresAt!: Date;
}

@ObjectType('CalendarFeed')
export class CalendarFeedModel {
  @Field({
    description: 'Shown once: the private feed path with its secret token.',
  })
  path!: string;
}

@ObjectType('AttendanceMark')
export class AttendanceMarkModel {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => AttendanceStatus) status!: AttendanceStatusValue;
}

@ObjectType('EnrollableTandem', {
  description: 'An ACTIVE tandem a coordinator may enrol in a session on its behalf.',
})
export class EnrollableTandemModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The two tutors’ names.' }) names!: string;
  @Field() countryCode!: string;
}
