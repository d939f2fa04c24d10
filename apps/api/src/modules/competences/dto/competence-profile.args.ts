import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@ArgsType()
export class CompetenceProfileArgs {
  @Field(() => Int, { nullable: true, description: 'A version number; default: the published version.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  version?: number;
}
