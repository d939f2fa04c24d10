import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { ORGANISATION_KINDS, SECTORS } from '../organisation.entity';
import type { OrganisationKind as Kind, Sector as SectorCode } from '../organisation.entity';
import { OrganisationKind, Sector } from '../organisation.model';
import { rule } from '../../../common/field-error';

@InputType()
export class OrganisationFilter {
  @Field({ nullable: true, description: 'ISO alpha-2 code, e.g. LV.' })
  @IsOptional()
  @Length(2, 2)
  @Matches(/^[A-Za-z]{2}$/, rule('countryCode'))
  country?: string;

  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS as unknown as string[])
  kind?: Kind;

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  @IsIn(SECTORS as unknown as string[])
  sector?: SectorCode;

  @Field({ nullable: true, description: 'Part of the name or city, or the exact registry code.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationFilter)
  filter?: OrganisationFilter;
}

@ArgsType()
export class OrganisationArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
