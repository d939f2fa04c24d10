import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { REVIEW_OUTCOMES, SUBMISSION_STATUSES } from '../assignment-submission.entity';
import type { ReviewOutcome as Outcome, SubmissionStatus as Status } from '../assignment-submission.entity';
import { ReviewOutcome, SubmissionStatus } from '../assignment.model';
import { rule } from '../../../common/field-error';

const isoDate = () => Matches(/^\d{4}-\d{2}-\d{2}$/, rule('date'));

@InputType()
export class CreateAssignmentInput {
  @Field(() => ID, {
    description: 'The module; the assignment belongs to its version in force (published, else the draft).',
  })
  @IsUUID()
  moduleId!: string;

  @Field() @IsString() @MaxLength(200) title!: string;
  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(10000)
  instructions = '';
  @Field({ description: 'ISO date (YYYY-MM-DD), today or later.' })
  @isoDate()
  @IsISO8601({ strict: true })
  dueOn!: string;
}

@InputType()
export class UpdateAssignmentInput {
  @Field(() => ID) @IsUUID() assignmentId!: string;
  @Field() @IsString() @MaxLength(200) title!: string;
  @Field() @IsString() @MaxLength(10000) instructions!: string;
  @Field({
    description: 'ISO date; a date in the past only if it is unchanged.',
  })
  @isoDate()
  @IsISO8601({ strict: true })
  dueOn!: string;
}

@ArgsType()
export class AssignmentsArgs {
  @Field(() => ID) @IsUUID() moduleId!: string;
}

@ArgsType()
export class MyAssignmentsArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Default: the edition running today.',
  })
  @IsOptional()
  @IsUUID()
  editionId?: string;
}

@InputType()
export class SaveSubmissionInput {
  @Field(() => ID) @IsUUID() assignmentId!: string;
  @Field() @IsString() @MaxLength(20000) text!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The lockVersion the edit started from; omit only for the first save.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  lockVersion?: number;
}

@InputType()
export class ConfirmSubmissionInput {
  @Field(() => ID) @IsUUID() submissionId!: string;
  @Field(() => Int, {
    description: 'The lockVersion of the content being confirmed.',
  })
  @IsInt()
  @Min(1)
  lockVersion!: number;
}

@InputType()
export class RemoveSubmissionAttachmentInput {
  @Field(() => ID) @IsUUID() submissionId!: string;
  @Field(() => ID) @IsUUID() fileId!: string;
  @Field(() => Int) @IsInt() @Min(1) lockVersion!: number;
}

@InputType()
export class ReviewSubmissionInput {
  @Field(() => ID) @IsUUID() submissionId!: string;
  @Field(() => ReviewOutcome) @IsIn(REVIEW_OUTCOMES) outcome!: Outcome;
  @Field(() => String, {
    defaultValue: '',
    description: 'Required for NEEDS_REVISION.',
  })
  @IsString()
  @MaxLength(5000)
  comment = '';
}

@ArgsType()
export class SubmissionArgs {
  @Field(() => ID) @IsUUID() id!: string;
}

@ArgsType()
export class SubmissionsToReviewArgs extends PageArgs {
  @Field(() => SubmissionStatus, { defaultValue: 'SUBMITTED' })
  @IsIn(SUBMISSION_STATUSES)
  status: Status = 'SUBMITTED';
}
