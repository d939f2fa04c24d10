import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { LOCALES } from '@tandem/shared-domain';
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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { AUDIENCES, RESOURCE_KINDS, RESOURCE_STATUSES } from '../resource.entity';
import type { Audience as AudienceCode, ResourceKind as Kind, ResourceStatus as Status } from '../resource.entity';
import { Audience, ResourceDecision, ResourceKind, ResourceSort, ResourceStatus } from '../resource.model';
import { rule } from '../../../common/field-error';

const NOT_BLANK = /\S/;

@InputType()
export class ResourceTextInput {
  @Field()
  @IsIn(LOCALES)
  language!: string;

  @Field()
  @IsString()
  @Length(1, 2000)
  @Matches(NOT_BLANK, rule('required'))
  text!: string;
}

@InputType()
export class ResourceVersionInput {
  @Field()
  @IsIn(LOCALES)
  language!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) link (a video, a document elsewhere).' })
  @IsOptional()
  @MaxLength(500)
  @Matches(/^https?:\/\/\S+$/, rule('url'))
  url?: string | null;
}

@InputType()
export class ProposeResourceInput {
  @Field(() => ResourceKind)
  @IsIn(RESOURCE_KINDS)
  kind!: Kind;

  @Field(() => String, {
    nullable: true,
    description: 'EE, LV or LT: its coordinator reviews it; Baltic-wide when omitted.',
  })
  @IsOptional()
  @IsIn(['EE', 'LV', 'LT'], rule('balticCountry'))
  countryCode?: string | null;

  @Field(() => [ResourceTextInput], { description: 'English is required.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => ResourceTextInput)
  titles!: ResourceTextInput[];

  @Field(() => [ResourceTextInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => ResourceTextInput)
  summaries?: ResourceTextInput[] | null;

  @Field(() => [ResourceVersionInput], { description: 'The text or link in one or more languages.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => ResourceVersionInput)
  versions!: ResourceVersionInput[];

  @Field(() => [Audience], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(AUDIENCES, { each: true })
  audience?: AudienceCode[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  licence?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  source?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  author?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  competenceIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  moduleIds?: string[] | null;
}

@InputType()
export class ResourceFilter {
  @Field(() => String, { nullable: true, description: 'Any language; case and diacritics do not matter.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => ResourceKind, { nullable: true })
  @IsOptional()
  @IsIn(RESOURCE_KINDS)
  kind?: Kind | null;

  @Field(() => String, { nullable: true, description: 'Only resources with a version in this language.' })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  competenceId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  moduleId?: string | null;

  @Field(() => Audience, { nullable: true })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: AudienceCode | null;

  @Field(() => ResourceStatus, {
    nullable: true,
    description: 'The review queue: PROPOSED (reviewers see their scope). PUBLISHED when omitted.',
  })
  @IsOptional()
  @IsIn(RESOURCE_STATUSES)
  status?: Status | null;
}

@ArgsType()
export class ResourcesArgs extends PageArgs {
  @Field(() => ResourceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResourceFilter)
  filter?: ResourceFilter | null;

  @Field(() => ResourceSort, { defaultValue: 'RELEVANCE' })
  @IsIn(['RELEVANCE', 'NEWEST', 'MOST_USED'])
  sort: 'RELEVANCE' | 'NEWEST' | 'MOST_USED' = 'RELEVANCE';
}

@ArgsType()
export class ResourceArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'The language to show; the viewer’s when omitted.' })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string | null;
}

@ArgsType()
export class ReviewResourceArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => ResourceDecision)
  @IsIn(['APPROVE', 'REQUEST_CHANGES', 'REJECT'])
  decision!: 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';

  @Field(() => String, { nullable: true, description: 'Required when asking for changes or rejecting.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@ArgsType()
export class ResourceIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class SuggestedResourcesArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only resources tagged to this module or to a competence it develops.',
  })
  @IsOptional()
  @IsUUID()
  moduleId?: string | null;

  @Field(() => Int, { defaultValue: 5 })
  @IsInt()
  @Min(1)
  @Max(20)
  first = 5;
}
