import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class ModuleCompetencesArgs {
  @Field(() => ID) @IsUUID() moduleId!: string;
}

@InputType()
export class SetModuleCompetencesInput {
  @Field(() => ID) @IsUUID() moduleId!: string;
  @Field(() => [String], { description: 'Codes of competences of the published profile; replaces the links.' })
  @IsString({ each: true })
  @MaxLength(16, { each: true })
  @ArrayMaxSize(100)
  competenceCodes!: string[];
}
