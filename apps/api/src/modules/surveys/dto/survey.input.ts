import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LOCALES } from '@tandem/shared-domain';
import { SURVEY_MODES, type SurveyMode as SurveyModeValue } from '../survey-definitions';
import { SurveyMode } from '../survey.model';

@InputType()
export class SurveyAnswerInput {
  @Field(() => ID) @IsUUID() questionId!: string;

  @Field({
    description:
      'The option code (SINGLE, MULTI), the number (LIKERT_5 1..5, SCALE_0_10), NA (not applicable), or the text. MULTI: one answer per chosen option, "other:<text>" for one’s own.',
  })
  @IsString()
  @MaxLength(5000)
  value!: string;
}

@InputType()
export class SubmitSurveyResponseInput {
  @Field(() => ID) @IsUUID() surveyId!: string;

  @Field(() => [SurveyAnswerInput])
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerInput)
  answers!: SurveyAnswerInput[];
}

@InputType()
export class SaveSurveyDraftInput {
  @Field(() => ID) @IsUUID() surveyId!: string;

  @Field(() => [SurveyAnswerInput], { description: 'The answers given so far, as `submitSurveyResponse` takes them.' })
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerInput)
  answers!: SurveyAnswerInput[];
}

@InputType()
export class SetSurveyEditingInput {
  @Field(() => ID) @IsUUID() surveyId!: string;
  @Field() @IsBoolean() allowEditUntilClose!: boolean;
}

@InputType()
export class SetSurveyModeInput {
  @Field(() => ID) @IsUUID() surveyId!: string;
  @Field(() => SurveyMode) @IsIn(SURVEY_MODES) mode!: SurveyModeValue;
}

@InputType()
export class SurveyIdInput {
  @Field(() => ID) @IsUUID() surveyId!: string;
}

@InputType()
export class UpdateSurveyTemplateInput {
  @Field(() => ID) @IsUUID() id!: string;

  @Field({ description: 'The template as JSON, as `SurveyTemplate.definition` gives it.' })
  @IsString()
  @MaxLength(200_000)
  definition!: string;
}

@ArgsType()
export class SurveyArgs {
  @Field(() => ID) @IsUUID() id!: string;

  @Field(() => String, { nullable: true, description: 'Default: the viewer’s preferred language.' })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string | null;
}

@ArgsType()
export class SurveyIdArgs {
  @Field(() => ID) @IsUUID() surveyId!: string;
}

@ArgsType()
export class SurveysArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() sessionId?: string | null;
}

export const COMPARISON_BY = ['SESSION', 'MODULE_VERSION'] as const;
export type ComparisonBy = (typeof COMPARISON_BY)[number];
export const SurveyComparisonBy = Object.fromEntries(COMPARISON_BY.map((v) => [v, v])) as { [K in ComparisonBy]: K };
registerEnumType(SurveyComparisonBy, {
  name: 'SurveyComparisonBy',
  description: 'SESSION: one group per session of the module; MODULE_VERSION: one group per version of the module.',
});

@ArgsType()
export class SurveyComparisonArgs {
  @Field(() => ID, {
    description: 'A survey whose template and module are compared (e.g. the one whose results are shown).',
  })
  @IsUUID()
  surveyId!: string;

  @Field({ description: 'The template question’s code (e.g. Q1): LIKERT_5, SCALE_0_10, SINGLE or MULTI.' })
  @IsString()
  @MaxLength(40)
  questionCode!: string;

  @Field(() => SurveyComparisonBy, { defaultValue: 'SESSION' })
  @IsIn(COMPARISON_BY)
  by: ComparisonBy = 'SESSION';

  @Field(() => String, { nullable: true, description: 'The respondents of one country (default: all in scope).' })
  @IsOptional()
  @IsString()
  @MaxLength(2)
  countryCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The respondents of one side: SCHOOL or COMPANY (default: both).',
  })
  @IsOptional()
  @IsIn(['SCHOOL', 'COMPANY'])
  side?: string | null;

  @Field(() => String, { nullable: true, description: 'The responses given in one language (default: all).' })
  @IsOptional()
  @IsIn(LOCALES)
  responseLanguage?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The sessions of one trainer (a trainer: only themselves; default: all in scope).',
  })
  @IsOptional()
  @IsUUID()
  trainerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The language of the texts shown (default: the viewer’s).' })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string | null;
}

@ArgsType()
export class SurveyResultsArgs {
  @Field(() => ID) @IsUUID() surveyId!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2) countryCode?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(['SCHOOL', 'COMPANY']) side?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(LOCALES) language?: string | null;
}

@ArgsType()
export class SessionFeedbackLinkArgs {
  @Field(() => ID) @IsUUID() sessionId!: string;
}
