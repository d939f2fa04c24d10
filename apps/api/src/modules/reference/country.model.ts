import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Country', { description: 'Names are rendered by the client in the viewer language (Intl.DisplayNames).' })
export class CountryModel {
  @Field({ description: 'ISO 3166-1 alpha-2 code.' }) code!: string;
  @Field({ description: 'EE, LV and LT run national programmes.' }) programmeCountry!: boolean;
}
