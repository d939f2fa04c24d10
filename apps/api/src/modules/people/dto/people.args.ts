import { ArgsType, Field, ID, IntersectionType } from '@nestjs/graphql';
import { ROLES } from '@tandem/shared-domain';
import type { Role as RoleName } from '@tandem/shared-domain';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { PERSON_STATUSES, PersonStatusEnum, type PersonStatus } from '../person.model';
import { Role } from '../role-grant.model';
import { rule } from '../../../common/field-error';

/** The people list's filters: the page's query and the CSV export take the same, validated the same way. */
@ArgsType()
export class PeopleFilterArgs {
  @Field(() => String, { nullable: true, description: 'Words of the name or the e-mail address.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Role, { nullable: true, description: 'Only people holding this role.' })
  @IsOptional()
  @IsIn(ROLES)
  role?: RoleName;

  @Field(() => String, {
    nullable: true,
    description: 'Only people of this country (ISO alpha-2), within the viewer’s scope.',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, rule('countryCode'))
  countryCode?: string;

  @Field(() => ID, { nullable: true, description: 'Only people employed by or holding a grant in this organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => PersonStatusEnum, { nullable: true, description: 'Only active or only deactivated accounts.' })
  @IsOptional()
  @IsIn(PERSON_STATUSES)
  status?: PersonStatus;
}

@ArgsType()
export class PeopleArgs extends IntersectionType(PeopleFilterArgs, PageArgs, ArgsType) {}

@ArgsType()
export class PersonArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
