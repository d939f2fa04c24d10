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
import { GLOSSARY_DOMAINS, PARTS_OF_SPEECH } from '../glossary-term.entity';
import type { GlossaryDomain as Domain, PartOfSpeech as Pos } from '../glossary-term.entity';
import { GlossaryDomain, PartOfSpeech } from '../glossary.model';
import { rule } from '../../../common/field-error';

const NOT_BLANK = /\S/;

@InputType()
export class GlossaryEntryInput {
  @Field({ description: 'en, et, lv, lt or ru.' })
  @IsIn(LOCALES)
  language!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, rule('required'))
  term!: string;

  @Field(() => PartOfSpeech, { nullable: true })
  @IsOptional()
  @IsIn(PARTS_OF_SPEECH)
  partOfSpeech?: Pos | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  definition?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  example?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  synonyms?: string[] | null;
}

@InputType()
export class SaveGlossaryTermInput {
  @Field(() => ID, { nullable: true, description: 'The term to change; a new one when omitted.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => GlossaryDomain)
  @IsIn(GLOSSARY_DOMAINS)
  domain!: Domain;

  @Field(() => [GlossaryEntryInput], { description: 'At least one language; each language once.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => GlossaryEntryInput)
  entries!: GlossaryEntryInput[];

  @Field(() => [ID], { nullable: true, description: 'Related terms (replaces the list when given).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  relatedIds?: string[] | null;
}

@ArgsType()
export class GlossaryTermsArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Any language; case, diacritics and small typos do not matter. All terms A–Z when omitted.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => GlossaryDomain, { nullable: true })
  @IsOptional()
  @IsIn(GLOSSARY_DOMAINS)
  domain?: Domain | null;

  @Field(() => Int, { defaultValue: 50, description: '1..200.' })
  @IsInt()
  @Min(1)
  @Max(200)
  first = 50;
}

@ArgsType()
export class GlossaryTermArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class ReviewGlossaryEntryArgs extends GlossaryTermArgs {
  @Field()
  @IsIn(LOCALES)
  language!: string;
}

@ArgsType()
export class GlossaryMatchesArgs {
  @Field(() => [String], {
    description: 'The texts of a page (at most 100, 40,000 characters together), looked up in one request.',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  texts!: string[];

  @Field({ description: 'The language the texts are written in (en, et, lv, lt or ru).' })
  @IsIn(LOCALES)
  language!: string;
}
