import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { DELIVERY_MODES, LOCALES, MODULE_KINDS } from '@tandem/shared-domain';
import type { DeliveryMode as Delivery, ModuleKind as Kind } from '@tandem/shared-domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DeliveryMode, ModuleKind } from '../module.model';
import { Omittable } from '../../../common/validation';
import { rule } from '../../../common/field-error';

@InputType()
export class ModuleTextInput {
  @Field()
  @IsIn(LOCALES as unknown as string[])
  language!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  title!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  summary = '';

  @Field(() => [String], { defaultValue: [] })
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  @ArrayMaxSize(30)
  learningOutcomes: string[] = [];
}

/** Content fields shared by creating a module and saving a draft. */
@InputType({ isAbstract: true })
class ModuleContentInput {
  @Field(() => [ModuleTextInput], { nullable: true, description: 'English is required; other languages optional.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ModuleTextInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  texts?: ModuleTextInput[];

  @Field(() => Float, { nullable: true })
  @Omittable()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(1000)
  contactHours?: number;

  @Field(() => Float, { nullable: true })
  @Omittable()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(1000)
  selfStudyHours?: number;

  @Field(() => DeliveryMode, { nullable: true })
  @IsOptional()
  @IsIn(DELIVERY_MODES as unknown as string[])
  deliveryMode?: Delivery;
}

@InputType()
export class CreateModuleInput extends ModuleContentInput {
  @Field(() => ID)
  @IsUUID()
  editionId!: string;

  @Field(() => ModuleKind)
  @IsIn(MODULE_KINDS as unknown as string[])
  kind!: Kind;

  @Field(() => Int, { nullable: true, description: 'Joint modules: 1..3.' })
  @IsOptional()
  @IsInt()
  @Min(1, rule('jointModuleNumber'))
  @Max(3, rule('jointModuleNumber'))
  number?: number;

  @Field({ nullable: true, description: 'National modules: EE, LV or LT.' })
  @IsOptional()
  @Length(2, 2)
  countryCode?: string;

  @Field()
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,19}$/, rule('registryCode'))
  code!: string;
}

@InputType()
export class SaveModuleDraftInput extends ModuleContentInput {
  @Field(() => ID)
  @IsUUID()
  moduleId!: string;

  @Field(() => Int, { description: 'The lockVersion of the version the edit started from.' })
  @IsInt()
  lockVersion!: number;

  @Field({ nullable: true, description: 'Why this version changes the previous one (required to publish version 2+).' })
  @Omittable()
  @IsString()
  @MaxLength(2000)
  changeReason?: string;
}

@InputType()
export class PublishModuleInput {
  @Field(() => ID)
  @IsUUID()
  moduleId!: string;

  @Field(() => Int)
  @IsInt()
  lockVersion!: number;
}
