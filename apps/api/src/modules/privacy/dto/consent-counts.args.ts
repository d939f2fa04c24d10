import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { rule } from '../../../common/field-error';

@ArgsType()
export class ConsentCountsArgs {
  @Field({ description: 'ISO alpha-2 code of the country.' })
  @Matches(/^[A-Za-z]{2}$/, rule('countryCode'))
  countryCode!: string;
}
