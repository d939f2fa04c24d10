import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { LOCALES } from '@tandem/shared-domain';
import { rule } from '../../../common/field-error';
import { COUNTRY, NOT_BLANK } from '../../study-visits/dto/mobility.inputs';
import { CitationSourceInput } from '../../evidence/dto/evidence.input';
import { CITATION_KINDS, type CitationKind } from '../../evidence/evidence.entity';
import { CitationKindEnum } from '../../evidence/evidence.model';
import {
  RECOMMENDATION_AUDIENCES,
  RECOMMENDATION_STATUSES,
  type RecommendationAudience,
  type RecommendationStatus,
} from '../policy-recommendation.entity';
import { RecommendationAudienceEnum, RecommendationStatusEnum } from '../policy-recommendation.model';

@ArgsType()
export class PolicyRecommendationsArgs {
  @Field(() => ID, { nullable: true, description: 'Default: the current edition.' })
  @IsOptional()
  @IsUUID()
  editionId?: string | null;
}

@ArgsType()
export class PolicyRecommendationIdArgs {
  @Field(() => ID) @IsUUID() id!: string;
}

@ArgsType()
export class PolicyBriefArgs extends PolicyRecommendationsArgs {
  @Field(() => RecommendationAudienceEnum) @IsIn(RECOMMENDATION_AUDIENCES) audience!: RecommendationAudience;

  @Field(() => String, { nullable: true, description: 'The country of a national audience (none: all countries).' })
  @IsOptional()
  @Matches(COUNTRY, rule('countryCode'))
  countryCode?: string | null;
}

@InputType()
export class PolicyRecommendationFieldsInput {
  @Field()
  @IsString()
  @Length(1, 200, rule('lengthBetween', {}, { min: 1, max: 200 }))
  @Matches(NOT_BLANK, rule('required'))
  title!: string;

  @Field({ description: 'The recommendation, in the language it is written in.' })
  @IsString()
  @Length(1, 5000, rule('lengthBetween', {}, { min: 1, max: 5000 }))
  @Matches(NOT_BLANK, rule('required'))
  text!: string;

  @Field(() => RecommendationAudienceEnum)
  @IsIn(RECOMMENDATION_AUDIENCES)
  audience!: RecommendationAudience;

  @Field(() => String, {
    nullable: true,
    description: 'EE, LV or LT: needed for NATIONAL_AUTHORITY, never for BALTIC, optional for the others.',
  })
  @IsOptional()
  @Matches(COUNTRY, rule('countryCode'))
  countryCode?: string | null;

  @Field(() => [ID], { description: 'The published findings of the edition it rests on.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  findingIds!: string[];
}

@InputType()
export class CreatePolicyRecommendationInput extends PolicyRecommendationFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Default: the current edition.' })
  @IsOptional()
  @IsUUID()
  editionId?: string | null;

  @Field(() => String, { nullable: true, description: 'The language of title and text. Default: the writer’s.' })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string | null;
}

@InputType()
export class UpdatePolicyRecommendationInput extends PolicyRecommendationFieldsInput {
  @Field(() => ID) @IsUUID() id!: string;

  @Field(() => Int, { description: 'The lockVersion the edit started from; a stale one gets STALE_WRITE.' })
  @IsInt()
  expectedLockVersion!: number;
}

@InputType()
export class SetPolicyRecommendationStatusInput {
  @Field(() => ID) @IsUUID() id!: string;

  @Field(() => RecommendationStatusEnum, { description: 'The next status (one step forward).' })
  @IsIn(RECOMMENDATION_STATUSES)
  status!: RecommendationStatus;

  @Field(() => Int, { nullable: true, description: 'A stale one gets STALE_WRITE.' })
  @IsOptional()
  @IsInt()
  expectedLockVersion?: number | null;
}

@InputType()
export class CiteInPolicyRecommendationInput {
  @Field(() => ID) @IsUUID() recommendationId!: string;

  @Field(() => CitationKindEnum) @IsIn(CITATION_KINDS) kind!: CitationKind;

  @Field(() => CitationSourceInput)
  @ValidateNested()
  @Type(() => CitationSourceInput)
  source!: CitationSourceInput;
}

@InputType()
export class CommentOnPolicyRecommendationInput {
  @Field(() => ID) @IsUUID() recommendationId!: string;

  @Field()
  @IsString()
  @Length(1, 2000, rule('lengthBetween', {}, { min: 1, max: 2000 }))
  @Matches(NOT_BLANK, rule('required'))
  text!: string;
}
