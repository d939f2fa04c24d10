import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
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
import { rule } from '../../../common/field-error';
import { SECTORS } from '../../organisations/organisation.entity';
import type { Sector as SectorCode } from '../../organisations/organisation.entity';
import { Sector } from '../../organisations/organisation.model';
import { MOBILITY_KINDS } from '../study-visit.entity';
import type { MobilityKind as Kind } from '../study-visit.entity';
import { MobilityKind } from '../study-visit.model';

export const NOT_BLANK = /\S/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day (`YYYY-MM-DD`, a real date) as a GraphQL field: the mobility, offer and visit dates. */
export const IsoDateField = (description: string) =>
  applyDecorators(Field({ description }), Matches(ISO_DATE, rule('date')), IsISO8601({ strict: true }, rule('date')));
export const COUNTRY = /^[A-Za-z]{2}$/;
export const MAX_LEARNERS = 500;
export const MAX_PLACES = 100;

@InputType()
export class MobilityFilter {
  @Field(() => MobilityKind, { nullable: true })
  @IsOptional()
  @IsIn(MOBILITY_KINDS)
  kind?: Kind | null;

  @Field(() => String, { nullable: true, description: 'ISO alpha-2 of the host country.' })
  @IsOptional()
  @Matches(COUNTRY, rule('countryCode'))
  hostCountry?: string | null;

  @Field(() => Int, { nullable: true, description: 'The year the mobility starts.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'The sending organisation.' })
  @IsOptional()
  @IsUUID('all', rule('uuid'))
  organisationId?: string | null;
}

@ArgsType()
export class MobilitiesArgs extends PageArgs {
  @Field(() => MobilityFilter, { nullable: true })
  @ValidateNested()
  @Type(() => MobilityFilter)
  @IsOptional()
  filter?: MobilityFilter | null;
}

@ArgsType()
export class MobilityArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType({ description: 'A mobility record: a person or a number of VET learners, never both.' })
export class MobilityInput {
  @Field(() => MobilityKind)
  @IsIn(MOBILITY_KINDS, rule('invalid'))
  kind!: Kind;

  @Field(() => ID, { nullable: true, description: 'Who went (a tutor, a trainer); or give learnerCount.' })
  @IsOptional()
  @IsUUID('all', rule('uuid'))
  personId?: string | null;

  @Field(() => Int, { nullable: true, description: `For a group of VET learners: 1..${MAX_LEARNERS}.` })
  @IsOptional()
  @IsInt(rule('mustBeInteger'))
  @Min(1, rule('between', {}, { min: 1, max: MAX_LEARNERS }))
  @Max(MAX_LEARNERS, rule('between', {}, { min: 1, max: MAX_LEARNERS }))
  learnerCount?: number | null;

  @Field(() => ID, { description: 'The sending organisation.' })
  @IsUUID('all', rule('uuid'))
  fromOrganisationId!: string;

  @Field()
  @IsString()
  @Length(2, 200, rule('lengthBetween', {}, { min: 2, max: 200 }))
  @Matches(NOT_BLANK, rule('required'))
  hostOrganisation!: string;

  @Field({ description: 'ISO alpha-2, e.g. FI.' })
  @Matches(COUNTRY, rule('countryCode'))
  hostCountry!: string;

  @IsoDateField('ISO date.')
  startsOn!: string;

  @IsoDateField('ISO date, on or after startsOn.')
  endsOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, rule('maxLength', {}, { max: 5000 }))
  learningOutcomes?: string | null;

  @Field(() => String, { nullable: true, description: 'The result.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000, rule('maxLength', {}, { max: 5000 }))
  outcome?: string | null;

  @Field(() => ID, { nullable: true, description: 'The accepted host-offer request this mobility comes from.' })
  @IsOptional()
  @IsUUID('all', rule('uuid'))
  hostOfferRequestId?: string | null;
}

@ArgsType()
export class UpdateMobilityArgs extends MobilityArgs {
  @Field(() => MobilityInput)
  @ValidateNested()
  @Type(() => MobilityInput)
  input!: MobilityInput;
}

@ArgsType()
export class RecordMobilityArgs {
  @Field(() => MobilityInput)
  @ValidateNested()
  @Type(() => MobilityInput)
  input!: MobilityInput;
}

@ArgsType()
export class MobilityParticipantsArgs {
  @Field(() => ID)
  @IsUUID()
  organisationId!: string;
}

@InputType({ description: 'Placements an organisation offers.' })
export class HostOfferInput {
  @Field(() => ID, { description: 'The offering organisation.' })
  @IsUUID('all', rule('uuid'))
  organisationId!: string;

  @Field(() => MobilityKind)
  @IsIn(MOBILITY_KINDS, rule('invalid'))
  kind!: Kind;

  @Field()
  @IsString()
  @Length(2, 200, rule('lengthBetween', {}, { min: 2, max: 200 }))
  @Matches(NOT_BLANK, rule('required'))
  hostOrganisation!: string;

  @Field({ description: 'ISO alpha-2.' })
  @Matches(COUNTRY, rule('countryCode'))
  hostCountry!: string;

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  @IsIn(SECTORS, rule('invalid'))
  sector?: SectorCode | null;

  @Field()
  @IsString()
  @Length(10, 3000, rule('lengthBetween', {}, { min: 10, max: 3000 }))
  @Matches(NOT_BLANK, rule('required'))
  description!: string;

  @Field(() => Int)
  @IsInt(rule('mustBeInteger'))
  @Min(1, rule('between', {}, { min: 1, max: MAX_PLACES }))
  @Max(MAX_PLACES, rule('between', {}, { min: 1, max: MAX_PLACES }))
  places!: number;

  @IsoDateField('ISO date.')
  availableFrom!: string;

  @IsoDateField('ISO date, on or after availableFrom.')
  availableUntil!: string;

  @Field(() => [String], { defaultValue: [], description: 'ISO 639-1 codes, e.g. fi, en.' })
  @ArrayMaxSize(10, rule('maxItems', {}, { max: 10 }))
  @ArrayUnique({}, rule('unique'))
  @Matches(/^[a-z]{2}$/, rule('languageCode', { each: true }))
  languages!: string[];
}

@ArgsType()
export class OfferHostPlacementsArgs {
  @Field(() => HostOfferInput)
  @ValidateNested()
  @Type(() => HostOfferInput)
  input!: HostOfferInput;
}

@ArgsType()
export class HostOffersArgs {
  @Field({ defaultValue: false, description: 'Only the offers whose requests the viewer decides.' })
  @IsBoolean()
  mine!: boolean;

  @Field(() => MobilityKind, { nullable: true })
  @IsOptional()
  @IsIn(MOBILITY_KINDS)
  kind?: Kind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(COUNTRY, rule('countryCode'))
  hostCountry?: string | null;
}

@InputType()
export class AskForHostPlacesInput {
  @Field(() => ID)
  @IsUUID('all', rule('uuid'))
  offerId!: string;

  @Field(() => ID, { description: 'The organisation that would send its people.' })
  @IsUUID('all', rule('uuid'))
  organisationId!: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt(rule('mustBeInteger'))
  @Min(1, rule('between', {}, { min: 1, max: MAX_PLACES }))
  @Max(MAX_PLACES, rule('between', {}, { min: 1, max: MAX_PLACES }))
  places!: number;

  @Field()
  @IsString()
  @Length(10, 2000, rule('lengthBetween', {}, { min: 10, max: 2000 }))
  @Matches(NOT_BLANK, rule('required'))
  message!: string;
}

@ArgsType()
export class AskForHostPlacesArgs {
  @Field(() => AskForHostPlacesInput)
  @ValidateNested()
  @Type(() => AskForHostPlacesInput)
  input!: AskForHostPlacesInput;
}

@ArgsType()
export class DecideHostOfferRequestArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: 'true: accept; false: decline.' })
  @IsBoolean()
  accept!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, rule('maxLength', {}, { max: 1000 }))
  note?: string | null;
}

@ArgsType()
export class HostOfferRequestArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
