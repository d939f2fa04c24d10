import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUrl, IsUUID, MaxLength, MinLength } from 'class-validator';
import { rule } from '../../../common/field-error';

@InputType()
export class AddModuleMaterialLinkInput {
  @Field(() => ID)
  @IsUUID()
  moduleId!: string;

  @Field(() => Int, { description: 'The lockVersion of the version the edit started from.' })
  @IsInt()
  lockVersion!: number;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @Field({ description: 'An http(s) address.' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, rule('url'))
  @MaxLength(2000)
  url!: string;
}

@InputType()
export class RemoveModuleMaterialInput {
  @Field(() => ID)
  @IsUUID()
  moduleId!: string;

  @Field(() => Int)
  @IsInt()
  lockVersion!: number;

  @Field(() => ID)
  @IsUUID()
  materialId!: string;
}
