import { Field, ID, InputType } from '@nestjs/graphql';
import { LOCALES, MODULE_KINDS } from '@tandem/shared-domain';
import type { ModuleKind as Kind } from '@tandem/shared-domain';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ModuleKind } from '../module.model';

@InputType()
export class ModuleFilter {
  @Field(() => ID, { nullable: true, description: 'Default: the edition running today.' })
  @IsOptional()
  @IsUUID()
  editionId?: string;

  @Field(() => ModuleKind, { nullable: true })
  @IsOptional()
  @IsIn(MODULE_KINDS as unknown as string[])
  kind?: Kind;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 2)
  countryCode?: string;

  @Field({ nullable: true, description: 'Only modules with texts in this language.' })
  @IsOptional()
  @IsIn(LOCALES as unknown as string[])
  language?: string;

  @Field({ nullable: true, description: 'Matches the code and the title in any language.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
