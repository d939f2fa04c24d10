import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LOCALES } from '@tandem/shared-domain';
import { STAKEHOLDER_GROUPS, type StakeholderGroup as StakeholderGroupValue } from '../survey-definitions';
import { StakeholderGroup } from '../survey-invitation.model';
import { SurveyAnswerInput } from './survey.input';

@InputType()
export class InviteSurveyStakeholdersInput {
  @Field(() => ID) @IsUUID() surveyId!: string;

  @Field({ description: 'The country the stakeholders are asked for (a coordinator: their own).' })
  @IsString()
  @Length(2, 2)
  countryCode!: string;

  @Field(() => [String], {
    description:
      'The e-mail addresses, one per stakeholder (at most 200 in one request; a longer list is sent in parts). Refused as a whole, with an error per row, when one is malformed, repeated or already invited.',
  })
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsString({ each: true })
  @MaxLength(320, { each: true })
  emails!: string[];

  @Field(() => StakeholderGroup, { nullable: true })
  @IsOptional()
  @IsIn(STAKEHOLDER_GROUPS)
  stakeholderGroup?: StakeholderGroupValue | null;

  @Field({ description: 'The language of the e-mail and, at first, of the survey.' }) @IsIn(LOCALES) language!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When the links stop working (default and at most: the survey’s close).',
  })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;

  @Field({ defaultValue: false, description: 'Only check the list: nothing is stored or sent.' })
  @IsBoolean()
  dryRun!: boolean;
}

@InputType()
export class RemindSurveyStakeholdersInput {
  @Field(() => ID) @IsUUID() surveyId!: string;
  @Field() @IsString() @Length(2, 2) countryCode!: string;
}

@InputType()
export class SubmitSurveyByLinkInput {
  @Field() @IsString() @MaxLength(200) token!: string;

  @Field(() => [SurveyAnswerInput])
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerInput)
  answers!: SurveyAnswerInput[];
}

@ArgsType()
export class SurveyByLinkArgs {
  @Field() @IsString() @MaxLength(200) token!: string;

  @Field(() => String, { nullable: true, description: 'Default: the language of the invitation.' })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string | null;
}

@ArgsType()
export class SurveyInvitationCountsArgs {
  @Field(() => ID) @IsUUID() surveyId!: string;
}
