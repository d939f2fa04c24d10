import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { TANDEM_STATUSES } from '../tandem.entity';
import type { TandemStatus as Status } from '../tandem.entity';
import { TandemStatus } from '../tandem.model';
import { rule } from '../../../common/field-error';

@InputType()
export class FormTandemInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => ID, { description: 'A tutor of a VET institution.' }) @IsUUID() schoolTutorId!: string;
  @Field(() => ID, { description: 'A tutor of a company.' }) @IsUUID() companyTutorId!: string;
}

@InputType()
export class InviteTandemPartnerInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => ID, { description: 'A tutor of the other side (school or company).' }) @IsUUID() partnerId!: string;
}

@InputType()
export class RespondToTandemInvitationInput {
  @Field(() => ID) @IsUUID() tandemId!: string;
  @Field({ description: 'true: the tandem becomes ACTIVE; false: it is DISSOLVED as declined.' })
  @IsBoolean()
  accept!: boolean;
}

@InputType()
export class DissolveTandemInput {
  @Field(() => ID) @IsUUID() tandemId!: string;
  @Field({ description: 'Why (required); shown to the partners and the coordinators.' })
  @IsString()
  @MaxLength(1000)
  reason!: string;
}

const countryCode = () => Matches(/^[A-Za-z]{2}$/, rule('countryCode'));

@ArgsType()
export class MyTandemArgs {
  @Field(() => ID, { nullable: true, description: 'Default: the edition running today.' })
  @IsOptional()
  @IsUUID()
  editionId?: string;
}

@ArgsType()
export class TandemArgs {
  @Field(() => ID) @IsUUID() id!: string;
}

@ArgsType()
export class TandemsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Default: the edition running today.' })
  @IsOptional()
  @IsUUID()
  editionId?: string;

  @Field({ nullable: true, description: 'Tandems with a tutor of this country (ISO alpha-2).' })
  @IsOptional()
  @Length(2, 2)
  @countryCode()
  country?: string;

  @Field(() => TandemStatus, { nullable: true })
  @IsOptional()
  @IsIn(TANDEM_STATUSES as unknown as string[])
  status?: Status;
}

@ArgsType()
export class UnpairedTutorsArgs {
  @Field({ description: 'ISO alpha-2 code of the tutors’ country.' })
  @Length(2, 2)
  @countryCode()
  countryCode!: string;

  @Field(() => ID, { nullable: true, description: 'Default: the edition running today.' })
  @IsOptional()
  @IsUUID()
  editionId?: string;
}

@ArgsType()
export class MyPartnerCandidatesArgs {
  @Field(() => ID, { nullable: true, description: 'Default: the edition running today.' })
  @IsOptional()
  @IsUUID()
  editionId?: string;
}
