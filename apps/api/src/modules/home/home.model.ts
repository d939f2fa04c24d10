import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** What a tutor does next, from their own state in the current edition. */
export enum MyNextStepKind {
  FORM_TANDEM = 'FORM_TANDEM',
  SELF_ASSESSMENT = 'SELF_ASSESSMENT',
  BOOK_JOINT_MODULE = 'BOOK_JOINT_MODULE',
  BOOK_NATIONAL_TRAINING = 'BOOK_NATIONAL_TRAINING',
  ATTEND_SESSION = 'ATTEND_SESSION',
  COMPLETE_ASSIGNMENTS = 'COMPLETE_ASSIGNMENTS',
}
registerEnumType(MyNextStepKind, {
  name: 'MyNextStepKind',
  description: 'A step of a tutor’s own way through the edition.',
});

/** Work that waits for a trainer, coordinator or admin. */
export enum WorkQueueKind {
  NETWORK_APPLICATIONS = 'NETWORK_APPLICATIONS',
  UNPAIRED_TUTORS = 'UNPAIRED_TUTORS',
  SUBMISSIONS_TO_REVIEW = 'SUBMISSIONS_TO_REVIEW',
  NATIONAL_PROGRAMMES_TO_APPROVE = 'NATIONAL_PROGRAMMES_TO_APPROVE',
  SESSIONS_SHORT_OF_SEATS = 'SESSIONS_SHORT_OF_SEATS',
  ATTENDANCE_TO_MARK = 'ATTENDANCE_TO_MARK',
}
registerEnumType(WorkQueueKind, { name: 'WorkQueueKind', description: 'A kind of waiting work on a home page.' });

@ObjectType('MyNextStep', { description: 'One step of the signed-in tutor, done or still to do, with where to do it.' })
export class MyNextStepModel {
  @Field(() => MyNextStepKind) kind!: MyNextStepKind;
  @Field({ description: 'Whether the step is already done (shown ticked).' }) done!: boolean;
  @Field({ description: 'The page of the web app where the step is done.' }) href!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The joint module number (BOOK_JOINT_MODULE) or the module of an AFTER_MODULE round.',
  })
  moduleNumber!: number | null;
  @Field(() => String, { nullable: true, description: 'The self-assessment round kind (SELF_ASSESSMENT).' })
  roundKind!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the step is due (a round closes, a session starts).' })
  dueAt!: Date | null;
}

@ObjectType('WorkQueueItem', { description: 'Waiting work in the viewer’s scope: how much, since when, where.' })
export class WorkQueueItemModel {
  @Field(() => WorkQueueKind) kind!: WorkQueueKind;
  @Field(() => Int) count!: number;
  @Field(() => Int, { description: 'Of `count`, those waiting longer than they should (submissions: 14 days).' })
  overdue!: number;
  @Field(() => Date, { nullable: true, description: 'Since when the longest-waiting item waits.' })
  oldestAt!: Date | null;
  @Field({ description: 'The filtered list in the web app.' }) href!: string;
}
