import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { LOCALES } from '@tandem/shared-domain';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { SECTORS, SIZE_CLASSES } from '../../organisations/organisation.entity';
import type { Sector as SectorCode, SizeClass as Size } from '../../organisations/organisation.entity';
import { OrganisationKind, Sector, SizeClass } from '../../organisations/organisation.model';
import { APPLICANT_COUNTRIES, APPLICANT_KINDS, NETWORK_APPLICATION_STATUSES } from '../network-application.entity';
import type { ApplicantKind, NetworkApplicationStatus as Status } from '../network-application.entity';
import { NetworkApplicationStatus } from '../network-application.model';
import { rule } from '../../../common/field-error';

const NOT_BLANK = /\S/;

@InputType()
export class ApplyToJoinNetworkInput {
  @Field()
  @IsString()
  @Length(2, 200)
  @Matches(NOT_BLANK, rule('required'))
  organisationName!: string;

  @Field(() => OrganisationKind, { description: 'VET_INSTITUTION or COMPANY: the training partners who apply here.' })
  @IsIn(APPLICANT_KINDS, rule('tutorOrganisation'))
  kind!: ApplicantKind;

  @Field({ description: 'EE, LV or LT.' })
  @IsIn(APPLICANT_COUNTRIES, rule('balticCountry'))
  country!: string;

  @Field({ description: 'The business or institution registry code in the country.' })
  @IsString()
  @Matches(/^\s*[A-Za-z0-9-]{4,20}\s*$/, rule('uniqueCode'))
  registryCode!: string;

  @Field()
  @IsString()
  @Length(2, 100)
  @Matches(NOT_BLANK, rule('required'))
  city!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  @Matches(/^https?:\/\/[^\s]+$/, rule('url'))
  website?: string | null;

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: SectorCode | null;

  @Field(() => SizeClass, { nullable: true })
  @IsOptional()
  @IsIn(SIZE_CLASSES)
  sizeClass?: Size | null;

  @Field()
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, rule('required'))
  contactGivenName!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, rule('required'))
  contactFamilyName!: string;

  @Field()
  @IsEmail({}, rule('email'))
  @MaxLength(254)
  contactEmail!: string;

  @Field({ description: 'en, et, lv, lt or ru.' })
  @IsIn(LOCALES)
  preferredLanguage!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string | null;
}

@ArgsType()
export class NetworkApplicationsArgs extends PageArgs {
  @Field(() => NetworkApplicationStatus, {
    nullable: true,
    description: 'Only applications in this status; all when omitted.',
  })
  @IsOptional()
  @IsIn(NETWORK_APPLICATION_STATUSES)
  status?: Status;
}

@ArgsType()
export class NetworkApplicationArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class RejectNetworkApplicationArgs extends NetworkApplicationArgs {
  @Field({ description: 'Why, in a sentence or two: the contact receives it by e-mail.' })
  @IsString()
  @Length(3, 1000)
  @Matches(NOT_BLANK, rule('required'))
  reason!: string;
}
