import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ASSIGNMENT_RULE_MODES, RULE_ROUND_KINDS } from '../completion-rule.entity';
import type { AssignmentRuleMode, RuleRoundKind } from '../completion-rule.entity';
import { AssignmentRuleModeEnum, RuleRoundKindEnum } from '../completion.model';

@InputType()
export class SetCompletionRuleInput {
  @Field(() => ID) @IsUUID() editionId!: string;

  @Field(() => [Int], {
    description: 'Joint modules that each must be attended, e.g. [1] or [1, 2, 3].',
  })
  @IsArray()
  @ArrayMaxSize(3)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(3, { each: true })
  requiredJointNumbers!: number[];

  @Field(() => Int, {
    description: 'At least this many distinct joint modules attended (n of 3); 0 for none.',
  })
  @IsInt()
  @Min(0)
  @Max(3)
  minJointModules!: number;

  @Field(() => Float, {
    description: 'National training hours attended, at least.',
  })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1000)
  minNationalHours!: number;

  @Field(() => RuleRoundKindEnum, {
    nullable: true,
    description: 'The self-assessment round to be submitted; none when null.',
  })
  @IsOptional()
  @IsIn(RULE_ROUND_KINDS)
  selfAssessmentKind?: RuleRoundKind | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For an AFTER_MODULE round: the joint module number.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3)
  selfAssessmentModuleNumber?: number | null;

  @Field(() => AssignmentRuleModeEnum)
  @IsIn(ASSIGNMENT_RULE_MODES)
  assignmentsMode!: AssignmentRuleMode;

  @Field(() => Int, {
    nullable: true,
    description: 'For AT_LEAST: how many accepted assignments.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  minAcceptedAssignments?: number | null;
}

@InputType()
export class WithdrawTutorInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => ID) @IsUUID() personId!: string;
  @Field() @IsString() @MaxLength(500) reason!: string;
}

@InputType()
export class ReinstateTutorInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => ID) @IsUUID() personId!: string;
}

@ArgsType()
export class EditionArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Defaults to the current edition.',
  })
  @IsOptional()
  @IsUUID()
  editionId?: string | null;
}

@ArgsType()
export class PersonProgressArgs extends EditionArgs {
  @Field(() => ID) @IsUUID() personId!: string;
}
