import { Field, InputType } from '@nestjs/graphql';
import { CONSENT_PURPOSES, type ConsentPurpose as ConsentPurposeValue } from '@tandem/shared-domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, ValidateNested } from 'class-validator';
import { ConsentPurpose } from '../consent.model';

@InputType()
export class SetConsentInput {
  @Field(() => ConsentPurpose)
  @IsIn(CONSENT_PURPOSES)
  purpose!: ConsentPurposeValue;

  @Field()
  @IsBoolean()
  granted!: boolean;
}

@InputType()
export class SetConsentsInput {
  @Field(() => [SetConsentInput], { description: 'One decision per purpose (each purpose at most once).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(CONSENT_PURPOSES.length)
  @ValidateNested({ each: true })
  @Type(() => SetConsentInput)
  consents!: SetConsentInput[];
}
