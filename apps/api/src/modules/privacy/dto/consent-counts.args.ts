import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';

@ArgsType()
export class ConsentCountsArgs {
  @Field({ description: 'ISO alpha-2 code of the country.' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'must be a two-letter country code' })
  countryCode!: string;
}
