import { Field, InputType } from '@nestjs/graphql';
import { LOCALES } from '@tandem/shared-domain';
import { IsIn, IsOptional, IsTimeZone } from 'class-validator';
import { Omittable } from '../../../common/validation';
import { rule } from '../../../common/field-error';

@InputType()
export class UpdateMyPreferencesInput {
  @Field({ nullable: true, description: 'Left out: unchanged. Not null: every account has a language.' })
  @Omittable()
  @IsIn(LOCALES as unknown as string[])
  preferredLanguage?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone(rule('timeZone'))
  timeZone?: string;
}
