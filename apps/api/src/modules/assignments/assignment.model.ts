import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/pagination';
import { REVIEW_OUTCOMES, SUBMISSION_STATUSES } from './assignment-submission.entity';
import type { SubmissionStatus as Status } from './assignment-submission.entity';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const SubmissionStatus = asEnum(SUBMISSION_STATUSES);
export const ReviewOutcome = asEnum(REVIEW_OUTCOMES);
registerEnumType(SubmissionStatus, {
  name: 'SubmissionStatus',
  description:
    'DRAFT: the tandem writes; SUBMITTED: both partners confirmed; then a trainer ACCEPTED it or asked for a revision (NEEDS_REVISION, editable again).',
});
registerEnumType(ReviewOutcome, { name: 'ReviewOutcome' });

@ObjectType('TandemAssignment', {
  description: 'A task a tandem completes together, defined for a version of a module.',
})
export class TandemAssignmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) moduleId!: string;
  @Field() moduleCode!: string;
  @Field({ description: 'In the viewer’s language, else English.' })
  moduleTitle!: string;
  @Field(() => Int, { description: 'The module version it was defined for.' })
  moduleVersion!: number;
  @Field() title!: string;
  @Field() instructions!: string;
  @Field({ description: 'ISO date (YYYY-MM-DD).' }) dueOn!: string;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field() createdAt!: Date;
  @Field({
    description:
      'Whether the viewer may change it (ADMIN for joint modules; the country’s COORDINATOR for national ones).',
  })
  canEdit!: boolean;
}

@ObjectType('SubmissionAttachment')
export class SubmissionAttachmentModel {
  @Field(() => ID) fileId!: string;
  @Field() fileName!: string;
  @Field() contentType!: string;
  @Field(() => Float) sizeBytes!: number;
  @Field({
    description: 'GET it (signed in) to download the file as an attachment.',
  })
  downloadPath!: string;
}

@ObjectType('AssignmentSubmission', {
  description: 'The one shared submission of a tandem for an assignment.',
})
export class AssignmentSubmissionModel {
  @Field(() => ID) id!: string;
  @Field(() => TandemAssignmentModel) assignment!: TandemAssignmentModel;
  @Field(() => ID) tandemId!: string;
  @Field({
    description: 'Names only: contact details stay with the tandem pages.',
  })
  schoolTutorName!: string;
  @Field() companyTutorName!: string;
  @Field(() => [String], { description: 'Countries of the two tutors.' })
  countryCodes!: string[];
  @Field(() => SubmissionStatus) status!: Status;
  @Field() text!: string;
  @Field(() => [SubmissionAttachmentModel])
  attachments!: SubmissionAttachmentModel[];
  @Field(() => Int) lockVersion!: number;
  @Field(() => Date, { nullable: true }) schoolConfirmedAt!: Date | null;
  @Field(() => Date, { nullable: true }) companyConfirmedAt!: Date | null;
  @Field({
    description: 'The viewer is a partner and has confirmed the current content.',
  })
  confirmedByMe!: boolean;
  @Field({
    description: 'The viewer is a partner and the other partner has confirmed the current content.',
  })
  confirmedByPartner!: boolean;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field({ description: 'Submitted (or still open) after its due day.' })
  late!: boolean;
  @Field(() => String, { nullable: true }) lastEditedByName!: string | null;
  @Field() updatedAt!: Date;
  @Field(() => String, { nullable: true }) reviewComment!: string | null;
  @Field(() => String, { nullable: true }) reviewedByName!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field({
    description: 'The viewer is a partner and the submission is a draft or returned for revision.',
  })
  canEdit!: boolean;
  @Field({
    description: 'The viewer is a partner who has not confirmed the current content yet.',
  })
  canConfirm!: boolean;
  @Field({
    description: 'The viewer is a TRAINER of the tandem’s country (or ADMIN) and it is SUBMITTED.',
  })
  canReview!: boolean;
}

@ObjectType('MyAssignment', {
  description: 'An assignment for the viewer’s tandem, with the tandem’s submission if started.',
})
export class MyAssignmentModel {
  @Field(() => TandemAssignmentModel) assignment!: TandemAssignmentModel;
  @Field(() => AssignmentSubmissionModel, { nullable: true })
  submission!: AssignmentSubmissionModel | null;
}

@ObjectType('AssignmentSubmissionEdge')
export class AssignmentSubmissionEdgeModel {
  @Field() cursor!: string;
  @Field(() => AssignmentSubmissionModel) node!: AssignmentSubmissionModel;
}

@ObjectType('AssignmentSubmissionConnection')
export class AssignmentSubmissionConnectionModel {
  @Field(() => Int) totalCount!: number;
  @Field(() => [AssignmentSubmissionEdgeModel])
  edges!: AssignmentSubmissionEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}
