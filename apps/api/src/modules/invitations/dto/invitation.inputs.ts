import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { LOCALES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES } from '@tandem/shared-domain';
import type { Role as RoleName } from '@tandem/shared-domain';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Role } from '../../people/role-grant.model';
import { rule } from '../../../common/field-error';

@InputType()
export class InvitePersonInput {
  @Field()
  @IsEmail({}, rule('email'))
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  givenName!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  familyName!: string;

  @Field({ description: 'The language of the invitation e-mail and of the account: en, et, lv, lt or ru.' })
  @IsIn(LOCALES)
  preferredLanguage!: string;

  @Field(() => Role)
  @IsIn(ROLES)
  role!: RoleName;

  @Field(() => String, { nullable: true, description: 'For COORDINATOR, TRAINER (required) and OBSERVER (optional).' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, rule('countryCode'))
  countryCode?: string;

  @Field(() => String, { nullable: true, description: 'For MANAGER and TUTOR (the employer).' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

@InputType()
export class GrantRoleInput {
  @Field()
  @IsUUID()
  personId!: string;

  @Field(() => Role)
  @IsIn(ROLES)
  role!: RoleName;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, rule('countryCode'))
  countryCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(20, 200)
  token!: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @Field()
  @IsIn(LOCALES)
  preferredLanguage!: string;

  @Field({ description: 'Whether the person agrees to research use of their (pseudonymised) data.' })
  @IsBoolean()
  researchConsent!: boolean;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @Length(20, 200)
  token!: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@ArgsType()
export class TokenArgs {
  @Field()
  @IsString()
  @Length(20, 200)
  token!: string;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @IsEmail({}, rule('email'))
  @MaxLength(254)
  email!: string;
}

@ArgsType()
export class RevokeRoleArgs {
  @Field()
  @IsUUID()
  grantId!: string;
}
