import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ROLES } from '@tandem/shared-domain';
import type { Role as RoleName } from '@tandem/shared-domain';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { Role } from '../role-grant.model';
import { rule } from '../../../common/field-error';

@ArgsType()
export class PeopleArgs extends PageArgs {
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
}

@ArgsType()
export class PersonArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
