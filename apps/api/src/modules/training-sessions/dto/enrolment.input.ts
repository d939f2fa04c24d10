import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ATTENDANCE_STATUSES } from '../attendance.entity';
import type { AttendanceStatus as Status } from '../attendance.entity';
import { AttendanceStatus } from '../training-session.model';

@InputType()
export class BookSessionInput {
  @Field(() => ID) @IsUUID() sessionId!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'A COORDINATOR (or ADMIN) enrols this tandem on its behalf; a tutor books for their own ACTIVE tandem (default).',
  })
  @IsOptional()
  @IsUUID()
  tandemId?: string;
  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Join the waitlist when the seats do not fit; false: refuse with SESSION_FULL.',
  })
  @IsBoolean()
  waitlist = true;
}

@InputType()
export class CancelEnrolmentInput {
  @Field(() => ID) @IsUUID() enrolmentId!: string;
}

@InputType()
export class MoveEnrolmentInput {
  @Field(() => ID) @IsUUID() enrolmentId!: string;
  @Field(() => ID) @IsUUID() toSessionId!: string;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID) @IsUUID() personId!: string;
  @Field(() => AttendanceStatus) @IsIn(ATTENDANCE_STATUSES) status!: Status;
}

@InputType()
export class MarkAttendanceInput {
  @Field(() => ID) @IsUUID() sessionId!: string;
  @Field(() => [AttendanceEntryInput])
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  entries!: AttendanceEntryInput[];
}

@InputType()
export class CheckInInput {
  @Field(() => ID) @IsUUID() sessionId!: string;
  @Field() @IsString() @MaxLength(100) code!: string;
}
