import { Field, InputType } from '@nestjs/graphql';
import { PASSWORD_MAX_LENGTH } from '@tandem/shared-domain';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { rule } from '../../common/field-error';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, rule('email'))
  @MaxLength(254)
  email!: string;

  /** No minimum here: the length policy applies when a password is set, not when it is tried. */
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
