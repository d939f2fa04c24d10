import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LOCALES } from '@tandem/shared-domain';

@ArgsType()
class LanguageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Module titles in this language. Default: the viewer preferred language.',
  })
  @IsOptional()
  @IsIn(LOCALES as unknown as string[])
  language?: string;
}

@ArgsType()
export class NationalProgrammesArgs extends LanguageArgs {
  @Field(() => ID, { nullable: true, description: 'Default: the edition running today.' })
  @IsOptional()
  @IsUUID()
  editionId?: string;
}

@ArgsType()
export class NationalProgrammeArgs extends LanguageArgs {
  @Field(() => ID, { description: 'The id of any revision.' })
  @IsUUID()
  id!: string;
}

@ArgsType()
export class NationalProgrammeTransitionArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The lockVersion the viewer saw; a stale one gets STALE_WRITE.' })
  @IsOptional()
  @IsInt()
  expectedLockVersion?: number;
}

@ArgsType()
export class ReturnNationalProgrammeArgs extends NationalProgrammeTransitionArgs {
  @Field({ description: 'What the coordinator should change (required).' })
  @IsString()
  @MaxLength(4000)
  comments!: string;
}
