import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
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
export class SurveysArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() sessionId?: string | null;
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
