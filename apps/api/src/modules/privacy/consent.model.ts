import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CONSENT_PURPOSES, type ConsentPurpose as ConsentPurposeValue } from '@tandem/shared-domain';

export const ConsentPurpose = Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, p])) as {
  [K in ConsentPurposeValue]: K;
};
registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description:
    'What a person may consent to, one purpose at a time (service e-mails the programme needs are no purpose: they are always sent).',
});

@ObjectType('Consent', { description: 'A person’s decision in force for one purpose.' })
export class ConsentModel {
  @Field(() => ConsentPurpose) purpose!: ConsentPurposeValue;
  @Field({ description: 'False also while not asked yet (nothing is pre-ticked).' }) granted!: boolean;
  @Field({ description: 'Whether the person has decided (false: not asked yet).' }) answered!: boolean;
  @Field(() => String, { nullable: true, description: 'The version of the consent text shown.' })
  textVersion!: string | null;
  @Field(() => Date, { nullable: true }) changedAt!: Date | null;
}

@ObjectType('ConsentChange', { description: 'One decision in the history of a person’s consents.' })
export class ConsentChangeModel {
  @Field(() => ConsentPurpose) purpose!: ConsentPurposeValue;
  @Field() granted!: boolean;
  @Field() textVersion!: string;
  @Field() changedAt!: Date;
}

@ObjectType('ConsentCount', { description: 'How many people of a country decided how: counts, never names.' })
export class ConsentCountModel {
  @Field(() => ConsentPurpose) purpose!: ConsentPurposeValue;
  @Field(() => Int) granted!: number;
  @Field(() => Int) refused!: number;
  @Field(() => Int) notAsked!: number;
}
