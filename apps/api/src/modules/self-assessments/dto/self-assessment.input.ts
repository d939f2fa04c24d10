import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { TUTOR_SIDES } from '../../people/tutor-profile.entity';
import { ROUND_KINDS } from '../assessment-round.entity';
import type { RoundKind as Kind } from '../assessment-round.entity';
import { EVIDENCE_MAX_LENGTH } from '../rating.entity';
import { RoundKind } from '../self-assessment.model';

@InputType()
export class RatingInput {
  @Field(() => ID) @IsUUID() competenceId!: string;

  @Field(() => Int, {
    nullable: true,
    description: '1..the profile’s scaleLevels; null removes the rating from the draft.',
  })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(10)
  level!: number | null;

  @Field(() => String, { nullable: true, description: `At most ${EVIDENCE_MAX_LENGTH} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(EVIDENCE_MAX_LENGTH)
  evidence?: string | null;
}

@InputType()
export class SaveSelfAssessmentInput {
  @Field(() => ID) @IsUUID() roundId!: string;

  @Field(() => [RatingInput], { description: 'The ratings that changed; others stay as they are.' })
  @ValidateNested({ each: true })
  @Type(() => RatingInput)
  @ArrayMaxSize(200)
  ratings!: RatingInput[];

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() sharedWithPartner?: boolean;
}

@InputType()
export class SubmitSelfAssessmentInput {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType()
export class ShareSelfAssessmentInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @IsBoolean() shared!: boolean;
}

@ArgsType()
export class SelfAssessmentArgs {
  @Field(() => ID) @IsUUID() id!: string;
}

@ArgsType()
export class EditionScopedArgs {
  @Field(() => ID, { nullable: true, description: 'Default: the edition running today.' })
  @IsOptional()
  @IsUUID()
  editionId?: string;
}

@ArgsType()
export class TandemComparisonArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Default: the latest round in which both partners submitted, else the latest round.',
  })
  @IsOptional()
  @IsUUID()
  roundId?: string;
}

@ArgsType()
export class CompetenceInsightsArgs {
  @Field(() => ID) @IsUUID() roundId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2) countryCode?: string;
  @Field(() => String, { nullable: true, description: 'SCHOOL or COMPANY.' })
  @IsOptional()
  @IsIn(TUTOR_SIDES)
  side?: string;
}

@InputType()
export class OpenAssessmentRoundInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => RoundKind) @IsIn(ROUND_KINDS) kind!: Kind;
  @Field(() => Int, { nullable: true, description: '1..3, for AFTER_MODULE only.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3)
  moduleNumber?: number;
  @Field() @IsISO8601({ strict: true }) opensAt!: string;
  @Field() @IsISO8601({ strict: true }) closesAt!: string;
  @Field(() => ID, { nullable: true, description: 'Default: the published profile version.' })
  @IsOptional()
  @IsUUID()
  profileVersionId?: string;
}

@InputType()
export class UpdateAssessmentRoundInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @IsISO8601({ strict: true }) opensAt!: string;
  @Field() @IsISO8601({ strict: true }) closesAt!: string;
}
