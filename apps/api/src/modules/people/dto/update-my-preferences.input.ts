import { Field, InputType } from '@nestjs/graphql';
import { LOCALES } from '@tandem/shared-domain';
import { IsIn, IsOptional, IsTimeZone } from 'class-validator';
import { Omittable } from '../../../common/validation';

@InputType()
export class UpdateMyPreferencesInput {
  @Field({ nullable: true, description: 'Left out: unchanged. Not null: every account has a language.' })
  @Omittable()
  @IsIn(LOCALES as unknown as string[], { message: `must be one of ${LOCALES.join(', ')}` })
  preferredLanguage?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone({ message: 'must be an IANA time zone such as Europe/Riga' })
  timeZone?: string;
}
