import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { rule } from '../../../common/field-error';

@InputType()
export class TargetSplitInput {
  @Field({
    description: 'A country code (EE) for country splits; SCHOOL or COMPANY for side splits.',
  })
  @IsString()
  @Matches(/^([A-Z]{2}|SCHOOL|COMPANY)$/, rule('countryOrSide'))
  key!: string;

  @Field(() => Int) @IsInt() @Min(0) @Max(100000) value!: number;
}

@InputType()
export class SetTargetInput {
  @Field(() => ID) @IsUUID() editionId!: string;

  @Field(() => Int, { description: 'Trained tutors to reach in the edition.' })
  @IsInt()
  @Min(0)
  @Max(100000)
  total!: number;

  @Field(() => [TargetSplitInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => TargetSplitInput)
  byCountry: TargetSplitInput[] = [];

  @Field(() => [TargetSplitInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => TargetSplitInput)
  bySide: TargetSplitInput[] = [];
}
