import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PEER_REVIEW_QUALITY_AREAS, PEER_REVIEW_STAGES, PROGRAMME_COUNTRIES } from '@tandem/shared-domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { rule } from '../../../common/field-error';
import { IsoDateField, NOT_BLANK } from '../../study-visits/dto/mobility.inputs';
import { PeerReviewQualityAreaEnum, PeerReviewStageEnum } from '../peer-review.model';

/** The longest text of a self-report area, an interview note, a recommendation or the comments. */
export const MAX_TEXT = 20_000;
const Text = (max = MAX_TEXT) =>
  applyDecorators(
    IsString(rule('mustBeText')),
    Length(1, max, rule('lengthBetween', {}, { min: 1, max })),
    Matches(NOT_BLANK, rule('required')),
  );

@ArgsType()
export class PeerReviewsArgs {
  @Field(() => ID, { nullable: true, description: 'Default: the current edition.' })
  @IsOptional()
  @IsUUID()
  editionId?: string | null;
}

@ArgsType()
export class PeerReviewIdArgs {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType()
export class AddTrainedPeerInput {
  @Field(() => ID) @IsUUID() personId!: string;

  @Field({ description: 'The Baltic country the peer comes from (EE, LV, LT).' })
  @IsIn(PROGRAMME_COUNTRIES, rule('balticCountry'))
  countryCode!: string;

  @IsoDateField('The day the peer was trained (YYYY-MM-DD).')
  trainedOn!: string;
}

@InputType()
export class CreatePeerReviewInput {
  @Field(() => ID) @IsUUID() editionId!: string;

  @Field({ description: 'The country whose national programme is reviewed (EE, LV, LT).' })
  @IsIn(PROGRAMME_COUNTRIES, rule('balticCountry'))
  countryCode!: string;
}

@InputType()
export class AssignPeerReviewerInput {
  @Field(() => ID) @IsUUID() reviewId!: string;
  @Field(() => ID, { description: 'A trained peer of another Baltic country.' }) @IsUUID() personId!: string;
}

@InputType()
export class SelfReportAreaInput {
  @Field(() => PeerReviewQualityAreaEnum)
  @IsIn(PEER_REVIEW_QUALITY_AREAS, rule('oneOf', {}, { values: PEER_REVIEW_QUALITY_AREAS.join(', ') }))
  areaCode!: string;

  @Field({ description: 'What the country team says of its programme in this area.' })
  @Text()
  text!: string;
}

@InputType()
export class SavePeerReviewSelfReportInput {
  @Field(() => ID) @IsUUID() reviewId!: string;

  @Field(() => Int, { description: 'The lockVersion the edit started from; a stale one gets STALE_WRITE.' })
  @IsInt()
  expectedLockVersion!: number;

  @Field(() => [SelfReportAreaInput], { description: 'The quality areas the country chose, each with its text.' })
  @IsArray()
  @ArrayMaxSize(PEER_REVIEW_QUALITY_AREAS.length)
  @ArrayUnique((a: SelfReportAreaInput) => a.areaCode, rule('unique'))
  @ValidateNested({ each: true })
  @Type(() => SelfReportAreaInput)
  areas!: SelfReportAreaInput[];
}

@InputType()
export class SchedulePeerReviewVisitInput {
  @Field(() => ID) @IsUUID() reviewId!: string;
  @Field(() => Int) @IsInt() expectedLockVersion!: number;
  @IsoDateField('First day of the visit.') startsOn!: string;
  @IsoDateField('Last day of the visit.') endsOn!: string;
  @IsoDateField('By when the peers deliver their report.') reportDueOn!: string;
}

@InputType()
export class AddPeerReviewInterviewInput {
  @Field(() => ID) @IsUUID() reviewId!: string;

  @Field({ description: 'Who was interviewed: a role or a group, never a name.' })
  @Text(200)
  interviewee!: string;

  @IsoDateField('The day of the interview.') heldOn!: string;

  @Field() @Text() notes!: string;
}

@InputType()
export class AddPeerReviewRecommendationInput {
  @Field(() => ID) @IsUUID() reviewId!: string;

  @Field(() => PeerReviewQualityAreaEnum)
  @IsIn(PEER_REVIEW_QUALITY_AREAS, rule('oneOf', {}, { values: PEER_REVIEW_QUALITY_AREAS.join(', ') }))
  areaCode!: string;

  @Field() @Text() text!: string;
}

@InputType()
export class CommentOnPeerReviewReportInput {
  @Field(() => ID) @IsUUID() reviewId!: string;
  @Field(() => Int) @IsInt() expectedLockVersion!: number;
  @Field() @Text() comments!: string;
}

@InputType()
export class AdvancePeerReviewInput {
  @Field(() => ID) @IsUUID() reviewId!: string;
  @Field(() => Int) @IsInt() expectedLockVersion!: number;

  @Field(() => PeerReviewStageEnum, { description: 'The next stage (one step; a wrong one gets PEER_REVIEW_STAGE).' })
  @IsIn(PEER_REVIEW_STAGES)
  stage!: string;
}

@InputType()
export class SetPeerReviewActionStatusInput {
  @Field(() => ID) @IsUUID() actionId!: string;

  @Field({ description: 'AGREED, then DONE (in the national programme).' })
  @IsIn(['AGREED', 'DONE'], rule('oneOf', {}, { values: 'AGREED, DONE' }))
  status!: 'AGREED' | 'DONE';
}
