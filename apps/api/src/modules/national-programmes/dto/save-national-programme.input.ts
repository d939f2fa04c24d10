import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Length } from 'class-validator';
import { rule } from '../../../common/field-error';

@InputType()
export class SaveNationalProgrammeInput {
  @Field(() => ID)
  @IsUUID()
  editionId!: string;

  @Field({ description: 'EE, LV or LT.' })
  @Length(2, 2)
  countryCode!: string;

  @Field(() => [ID], { description: 'The national and joint modules, in the order they are taken.' })
  @IsArray()
  @ArrayMaxSize(60)
  @IsUUID('all', rule('moduleIds', { each: true }))
  moduleIds!: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'The lockVersion the edit started from; a stale one gets STALE_WRITE.',
  })
  @IsOptional()
  @IsInt()
  expectedLockVersion?: number;
}
