import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LOCALES } from '@tandem/shared-domain';
import { rule } from '../../../common/field-error';
import { COUNTRY, ISO_DATE, NOT_BLANK } from '../../study-visits/dto/mobility.inputs';
import {
  ACTION_STATUSES,
  CITATION_KINDS,
  FINDING_PRIORITIES,
  type ActionStatus,
  type CitationKind,
  type FindingPriority,
} from '../evidence.entity';
import { FIGURES } from '../evidence-snapshots.service';
import { CitationKindEnum, FindingPriorityEnum, ImprovementActionStatusEnum } from '../evidence.model';

@ArgsType()
export class EditionEvidenceArgs {
  @Field(() => ID, { nullable: true, description: 'Default: the current edition.' })
  @IsOptional()
  @IsUUID()
  editionId?: string | null;
}

@ArgsType()
export class EvidenceIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class RemoveCitationArgs {
  @Field(() => ID)
  @IsUUID()
  citationId!: string;
}

@InputType()
export class CreateInterimAnalysisInput {
  @Field(() => ID) @IsUUID() editionId!: string;

  @Field({ description: 'INTERIM_ANALYSIS_1 or INTERIM_ANALYSIS_2: the phase the analysis belongs to.' })
  @IsIn(['INTERIM_ANALYSIS_1', 'INTERIM_ANALYSIS_2'], rule('notInterimPhase'))
  phaseKind!: string;

  @Field()
  @IsString()
  @Length(1, 200, rule('lengthBetween', {}, { min: 1, max: 200 }))
  @Matches(NOT_BLANK, rule('required'))
  title!: string;
}

@InputType()
export class FindingFieldsInput {
  @Field({ description: 'What was found, in the language it is written in.' })
  @IsString()
  @Length(1, 2000, rule('lengthBetween', {}, { min: 1, max: 2000 }))
  @Matches(NOT_BLANK, rule('required'))
  statement!: string;

  @Field(() => String, { nullable: true, description: 'The statement’s language. Default: the writer’s.' })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string | null;

  @Field(() => FindingPriorityEnum)
  @IsIn(FINDING_PRIORITIES)
  priority!: FindingPriority;

  @Field(() => [ID], { description: 'The modules concerned (of the analysis’s edition).' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', rule('moduleIds', { each: true }))
  moduleIds!: string[];

  @Field(() => [String], { description: 'The countries concerned; empty: all of them.' })
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(COUNTRY, { each: true })
  countryCodes!: string[];
}

@InputType()
export class CreateFindingInput extends FindingFieldsInput {
  @Field(() => ID) @IsUUID() analysisId!: string;
}

@InputType()
export class UpdateFindingInput extends FindingFieldsInput {
  @Field(() => ID) @IsUUID() id!: string;

  @Field(() => Int, { description: 'The lockVersion the edit started from; a stale one gets STALE_WRITE.' })
  @IsInt()
  expectedLockVersion!: number;
}

@InputType()
export class PublishFindingInput {
  @Field(() => ID) @IsUUID() id!: string;

  @Field(() => Int, { nullable: true, description: 'A stale one gets STALE_WRITE.' })
  @IsOptional()
  @IsInt()
  expectedLockVersion?: number | null;
}

@InputType({ description: 'What to cite: the fields its kind needs.' })
export class CitationSourceInput {
  @Field(() => ID, { nullable: true, description: 'SURVEY_RESULT, QUOTE.' })
  @IsOptional()
  @IsUUID()
  surveyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'SURVEY_RESULT, QUOTE.' })
  @IsOptional()
  @IsUUID()
  questionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'COMPETENCE_AGGREGATE: the assessment round.' })
  @IsOptional()
  @IsUUID()
  roundId?: string | null;

  @Field(() => String, { nullable: true, description: 'COMPETENCE_AGGREGATE.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  competenceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'FIGURE: ATTENDANCE_RATE or TRAINED_SHARE.' })
  @IsOptional()
  @IsIn(FIGURES)
  figure?: string | null;

  @Field(() => String, { nullable: true, description: 'The group: a country (none: all).' })
  @IsOptional()
  @Matches(COUNTRY)
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The group: SCHOOL or COMPANY (none: both).' })
  @IsOptional()
  @IsIn(['SCHOOL', 'COMPANY'])
  side?: string | null;

  @Field(() => String, { nullable: true, description: 'QUOTE: the answer quoted, as shown in the results.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  quote?: string | null;
}

@InputType()
export class AddCitationInput {
  @Field(() => ID) @IsUUID() findingId!: string;

  @Field(() => CitationKindEnum) @IsIn(CITATION_KINDS) kind!: CitationKind;

  @Field(() => CitationSourceInput)
  @ValidateNested()
  @Type(() => CitationSourceInput)
  source!: CitationSourceInput;
}

@InputType()
export class CommentOnFindingInput {
  @Field(() => ID) @IsUUID() findingId!: string;

  @Field()
  @IsString()
  @Length(1, 2000, rule('lengthBetween', {}, { min: 1, max: 2000 }))
  @Matches(NOT_BLANK, rule('required'))
  text!: string;
}

@InputType()
export class ImprovementActionFieldsInput {
  @Field({ description: 'What will change.' })
  @IsString()
  @Length(1, 2000, rule('lengthBetween', {}, { min: 1, max: 2000 }))
  @Matches(NOT_BLANK, rule('required'))
  change!: string;

  @Field()
  @IsString()
  @Length(1, 200, rule('lengthBetween', {}, { min: 1, max: 200 }))
  @Matches(NOT_BLANK, rule('required'))
  owner!: string;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @IsOptional()
  @Matches(ISO_DATE, rule('date'))
  dueOn?: string | null;

  @Field(() => [ID], { description: 'The findings it answers (one or more, of the edition).' })
  @IsArray()
  @ArrayMinSize(1, rule('minItems', {}, { min: 1 }))
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  findingIds!: string[];
}

@InputType()
export class CreateImprovementActionInput extends ImprovementActionFieldsInput {
  @Field(() => ID) @IsUUID() editionId!: string;

  @Field(() => ID, { description: 'The module it changes.' }) @IsUUID() moduleId!: string;
}

@InputType()
export class UpdateImprovementActionInput extends ImprovementActionFieldsInput {
  @Field(() => ID) @IsUUID() id!: string;

  @Field(() => Int, { description: 'A stale one gets STALE_WRITE.' }) @IsInt() expectedLockVersion!: number;
}

@InputType()
export class SetImprovementActionStatusInput {
  @Field(() => ID) @IsUUID() id!: string;

  @Field(() => ImprovementActionStatusEnum, { description: 'The next status (one step at a time).' })
  @IsIn(ACTION_STATUSES)
  status!: ActionStatus;

  @Field(() => Int, { nullable: true, description: 'A stale one gets STALE_WRITE.' })
  @IsOptional()
  @IsInt()
  expectedLockVersion?: number | null;

  @Field(() => ID, { nullable: true, description: 'DONE: the published module version that carries the change.' })
  @IsOptional()
  @IsUUID()
  moduleVersionId?: string | null;

  @Field(() => String, { nullable: true, description: 'CHECKED: what the check found.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  checkNote?: string | null;

  @Field(() => CitationKindEnum, { nullable: true, description: 'CHECKED: the kind of both figures.' })
  @IsOptional()
  @IsIn(CITATION_KINDS.filter((k) => k !== 'QUOTE'))
  checkKind?: CitationKind | null;

  @Field(() => CitationSourceInput, { nullable: true, description: 'CHECKED: the figure before the change.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CitationSourceInput)
  checkBefore?: CitationSourceInput | null;

  @Field(() => CitationSourceInput, { nullable: true, description: 'CHECKED: the same figure after the change.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CitationSourceInput)
  checkAfter?: CitationSourceInput | null;
}

@InputType({ description: "A finding's statement in another language; an empty statement removes the translation." })
export class SetFindingTranslationInput {
  @Field(() => ID)
  @IsUUID('all', rule('uuid'))
  findingId!: string;

  @Field({ description: 'One of the app languages, other than the one the finding is written in.' })
  @IsIn(LOCALES, rule('oneOf', {}, { values: LOCALES.join(', ') }))
  language!: string;

  @Field({ description: 'The statement in that language (at most 2,000 characters); empty: remove it.' })
  @IsString()
  @MaxLength(2000, rule('maxLength', {}, { max: 2000 }))
  statement!: string;
}
