import { LOCALES } from '@tandem/shared-domain';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class FinalEvaluationArgs {
  @Field(() => ID, { nullable: true, description: 'Defaults to the current edition.' })
  @IsOptional()
  @IsUUID()
  editionId?: string | null;

  @Field(() => String, { nullable: true, description: 'The language of the texts (default: the reader’s).' })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string | null;
}
