import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { LOCALES } from '@tandem/shared-domain';
import {
  ArrayContains,
  ArrayUnique,
  IsBoolean,
  IsISO8601,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  IsTimeZone,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Omittable } from '../../../common/validation';
import { rule } from '../../../common/field-error';

const MAX_HOURS_DESCRIPTION =
  'The longest a training session of the edition may last in one day, in hours (a longer training is a series).';

@InputType()
export class CreateEditionInput {
  @Field({ description: 'e.g. "2027–2028"' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field({ description: 'ISO date.' })
  @IsISO8601({ strict: true }, rule('date'))
  startsOn!: string;

  @Field({ description: 'ISO date, on or after startsOn.' })
  @IsISO8601({ strict: true }, rule('date'))
  endsOn!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100_000)
  targetTrained!: number;

  @Field(() => [String], { defaultValue: ['en', 'et', 'lv', 'lt'] })
  @IsIn(LOCALES as unknown as string[], { each: true })
  @ArrayContains(['en'], rule('includeEnglish'))
  @ArrayUnique()
  languages: string[] = ['en', 'et', 'lv', 'lt'];

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  crossBorderTandems = false;

  @Field(() => String, { defaultValue: 'Europe/Riga' })
  @IsTimeZone(rule('timeZone'))
  timeZone = 'Europe/Riga';

  @Field(() => Float, { defaultValue: 10, description: MAX_HOURS_DESCRIPTION })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(24)
  maxSessionHoursPerDay = 10;
}

@InputType()
export class UpdateEditionInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(100_000)
  targetTrained?: number;

  @Field(() => [String], { nullable: true })
  @Omittable()
  @IsIn(LOCALES as unknown as string[], { each: true })
  @ArrayContains(['en'], rule('includeEnglish'))
  @ArrayUnique()
  languages?: string[];

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean()
  crossBorderTandems?: boolean;

  @Field({ nullable: true })
  @Omittable()
  @IsTimeZone(rule('timeZone'))
  timeZone?: string;

  @Field(() => Float, { nullable: true, description: MAX_HOURS_DESCRIPTION })
  @Omittable()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(24)
  maxSessionHoursPerDay?: number;
}
