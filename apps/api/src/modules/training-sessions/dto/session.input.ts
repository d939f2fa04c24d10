import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { LOCALES } from '@tandem/shared-domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { DST_CHOICES, LOCAL_DATE_TIME } from '../session-times';
import type { DstChoice as DstChoiceValue } from '../session-times';
import { SESSION_STATUSES } from '../training-session.entity';
import type { SessionStatus as Status } from '../training-session.entity';
import { DstChoice, SessionStatus } from '../training-session.model';
import { rule } from '../../../common/field-error';

const localDateTime = () => Matches(LOCAL_DATE_TIME, rule('dateTime'));

/** What a session is like, apart from its module: shared by scheduling and editing. */
@InputType({ isAbstract: true })
export class SessionFieldsInput {
  @Field({
    description: 'Local wall-clock time in `timeZone` (YYYY-MM-DDTHH:mm).',
  })
  @localDateTime()
  startsAt!: string;
  @Field({ description: 'Local wall-clock time in `timeZone`.' })
  @localDateTime()
  endsAt!: string;
  @Field({ description: 'IANA zone, e.g. Europe/Riga.' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Local time in `timeZone`; default: the start.',
  })
  @IsOptional()
  @localDateTime()
  enrolmentDeadline?: string | null;
  @Field(() => DstChoice, {
    nullable: true,
    description:
      'Needed only when a local time happens twice in `timeZone` (the night clocks go back): which occurrence is meant.',
  })
  @IsOptional()
  @IsIn(DST_CHOICES)
  dstChoice?: DstChoiceValue | null;
  @Field(() => Int) @IsInt() @Min(1) @Max(1000) capacity!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Contact hours counted for completion; default: the duration.',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  hours?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Address; a venue or an online link (or both) is required.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  venue?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, rule('httpsUrl'))
  @MaxLength(1000)
  onlineUrl?: string | null;
  @Field({ description: 'The language it is held in.' })
  @IsIn(LOCALES)
  language!: string;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() allowSingles = false;
  @Field(() => [ID], {
    defaultValue: [],
    description: 'TRAINERs of the session’s country (any country for a joint session).',
  })
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(10)
  trainerIds: string[] = [];
}

@InputType()
export class ScheduleSessionInput extends SessionFieldsInput {
  @Field(() => ID, {
    description: 'The module; the session delivers its published version.',
  })
  @IsUUID()
  moduleId!: string;
}

@InputType()
export class SeriesDateInput {
  @Field() @localDateTime() startsAt!: string;
  @Field() @localDateTime() endsAt!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @localDateTime()
  enrolmentDeadline?: string | null;
}

@InputType({
  description: 'The same module on several dates: the fields of `session` with the times of each date.',
})
export class ScheduleSessionSeriesInput {
  @Field(() => ScheduleSessionInput)
  @ValidateNested()
  @Type(() => ScheduleSessionInput)
  session!: ScheduleSessionInput;
  @Field(() => [SeriesDateInput])
  @ValidateNested({ each: true })
  @Type(() => SeriesDateInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  dates!: SeriesDateInput[];
}

@InputType()
export class UpdateSessionInput extends SessionFieldsInput {
  @Field(() => ID) @IsUUID() sessionId!: string;
}

@InputType()
export class CancelSessionInput {
  @Field(() => ID) @IsUUID() sessionId!: string;
  @Field({ description: 'Told to everyone enrolled.' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

@InputType()
export class CompleteSessionInput {
  @Field(() => ID) @IsUUID() sessionId!: string;
}

@ArgsType()
export class TrainingSessionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  editionId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  moduleId?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Only national sessions of this country (joint ones are always listed unless `nationalOnly`).',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  countryCode?: string;
  @Field(() => SessionStatus, { nullable: true })
  @IsOptional()
  @IsIn(SESSION_STATUSES)
  status?: Status;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Only sessions that start from now on.',
  })
  @IsBoolean()
  upcoming = false;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Only SCHEDULED sessions whose enrolment is still open.',
  })
  @IsBoolean()
  openOnly = false;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Only sessions with seats left.',
  })
  @IsBoolean()
  withSeatsLeft = false;
}

@ArgsType()
export class AgendaArgs extends PageArgs {
  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Only sessions that have not ended yet.',
  })
  @IsBoolean()
  upcoming = true;
}

@ArgsType()
export class SessionArgs {
  @Field(() => ID) @IsUUID() id!: string;
}

@ArgsType()
export class SessionIdArgs {
  @Field(() => ID) @IsUUID() sessionId!: string;
}
