import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LOCALES } from '@tandem/shared-domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { rule } from '../../../common/field-error';

const CODE = /^[A-Z0-9][A-Z0-9.-]{0,15}$/;
const language = () => IsIn(LOCALES as unknown as string[]);

@InputType()
export class ProfileTextInput {
  @Field() @language() language!: string;
  @Field() @IsString() @MaxLength(300) title!: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(2000) description = '';
  @Field(() => [String], { defaultValue: [], description: 'Level descriptors 1..scaleLevels (competences only).' })
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  @ArrayMaxSize(7)
  levels: string[] = [];
}

@InputType()
export class ProfileCompetenceInput {
  @Field() @Matches(CODE, rule('moduleCode')) code!: string;
  @Field(() => [ProfileTextInput])
  @ValidateNested({ each: true })
  @Type(() => ProfileTextInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  texts!: ProfileTextInput[];
}

@InputType()
export class ProfileAreaInput {
  @Field() @Matches(CODE, rule('moduleCode')) code!: string;
  @Field(() => [ProfileTextInput])
  @ValidateNested({ each: true })
  @Type(() => ProfileTextInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  texts!: ProfileTextInput[];
  @Field(() => [ProfileCompetenceInput], { description: 'In order.' })
  @ValidateNested({ each: true })
  @Type(() => ProfileCompetenceInput)
  @ArrayMaxSize(50)
  competences!: ProfileCompetenceInput[];
}

@InputType({
  description: 'The whole draft, in order: what it holds replaces what the draft held (also the JSON import).',
})
export class SaveCompetenceProfileDraftInput {
  @Field(() => ID) @IsUUID() profileId!: string;
  @Field(() => Int) @IsInt() @Min(2) @Max(7) scaleLevels!: number;
  @Field(() => [ProfileTextInput], { description: 'Level names per language: title unused, levels = the names.' })
  @ValidateNested({ each: true })
  @Type(() => ProfileTextInput)
  @ArrayMaxSize(5)
  levelNames!: ProfileTextInput[];
  @Field(() => [ProfileAreaInput])
  @ValidateNested({ each: true })
  @Type(() => ProfileAreaInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  areas!: ProfileAreaInput[];
}

@InputType()
export class PublishCompetenceProfileInput {
  @Field(() => ID) @IsUUID() profileId!: string;
}
