import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { LOCALES } from '@tandem/shared-domain';
import { QuestionType } from '../survey.model';
import type { QuestionType as QuestionTypeValue } from '../survey-definitions';

/** The types a trainer's own question may have (no sections, no branching). */
export const TRAINER_QUESTION_TYPES = ['LIKERT_5', 'SCALE_0_10', 'SINGLE', 'MULTI', 'TEXT'] as const;

@InputType()
export class SurveyTextInput {
  @Field() @IsIn(LOCALES as unknown as string[]) language!: string;
  @Field() @IsString() @MaxLength(500) text!: string;
}

@InputType({
  description: 'An option of a SINGLE or MULTI question: its text in up to five languages (English needed).',
})
export class TrainerQuestionOptionInput {
  @Field(() => [SurveyTextInput])
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => SurveyTextInput)
  text!: SurveyTextInput[];
}

@InputType({ isAbstract: true })
export class TrainerQuestionContentInput {
  @Field(() => QuestionType, { description: 'LIKERT_5, SCALE_0_10, SINGLE, MULTI or TEXT.' })
  @IsIn(TRAINER_QUESTION_TYPES)
  type!: QuestionTypeValue;

  @Field(() => [SurveyTextInput], { description: 'In up to five languages; English is needed (the fallback).' })
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => SurveyTextInput)
  text!: SurveyTextInput[];

  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() required = false;

  @Field(() => [TrainerQuestionOptionInput], { defaultValue: [], description: 'SINGLE and MULTI: 2 to 10 options.' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TrainerQuestionOptionInput)
  options: TrainerQuestionOptionInput[] = [];

  @Field(() => Boolean, { defaultValue: false, description: 'LIKERT_5: "not applicable" may be answered.' })
  @IsBoolean()
  notApplicable = false;

  @Field(() => Boolean, { defaultValue: false, description: 'TEXT: a long answer.' }) @IsBoolean() long = false;
}

@InputType()
export class AddTrainerQuestionInput extends TrainerQuestionContentInput {
  @Field(() => ID) @IsUUID() surveyId!: string;
}

@InputType()
export class UpdateTrainerQuestionInput extends TrainerQuestionContentInput {
  @Field(() => ID) @IsUUID() questionId!: string;
}

@InputType()
export class RemoveTrainerQuestionInput {
  @Field(() => ID) @IsUUID() questionId!: string;
}
