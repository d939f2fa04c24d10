import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { LOCALES } from '@tandem/shared-domain';
import { PageArgs } from '../../../common/pagination';
import { CERTIFICATE_STATUSES, type CertificateStatus } from '../certificate.entity';
import { CertificateStatusEnum } from '../certificate.model';
import { rule } from '../../../common/field-error';

@InputType()
export class RevokeCertificateInput {
  @Field(() => ID) @IsUUID() certificateId!: string;

  @Field({ description: 'Why: kept with the record and shown to the tutor (not on the public page).' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

@InputType()
export class ReissueCertificateInput {
  @Field(() => ID) @IsUUID() certificateId!: string;

  @Field({ description: 'What was corrected.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  note!: string;
}

@InputType()
export class IssueCertificateInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => ID) @IsUUID() personId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class CertificateFilterInput {
  @Field(() => CertificateStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(CERTIFICATE_STATUSES)
  status?: CertificateStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only certificates whose holder is no longer TRAINED.' })
  @IsOptional()
  @IsBoolean()
  flaggedOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the holder’s name or the number.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

@InputType()
export class LocalisedTextInput {
  @Field() @IsIn(LOCALES) language!: string;
  @Field() @IsString() @MaxLength(300) text!: string;
}

@InputType()
export class SignatoryInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) name!: string;

  @Field(() => [LocalisedTextInput])
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => LocalisedTextInput)
  position!: LocalisedTextInput[];
}

@InputType()
export class CertificateSettingsInput {
  @Field(() => ID) @IsUUID() editionId!: string;

  @Field(() => [LocalisedTextInput])
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => LocalisedTextInput)
  issuerName!: LocalisedTextInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['https', 'http'] })
  @MaxLength(300)
  issuerUrl?: string | null;

  @Field(() => [SignatoryInput])
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => SignatoryInput)
  signatories!: SignatoryInput[];
}

@ArgsType()
export class PublicCertificateArgs {
  @Field({ description: 'The public id of the certificate (from its verification link).' })
  @IsString()
  @MaxLength(40)
  publicId!: string;

  @Field(() => String, { nullable: true, description: 'The visitor’s language for the texts (en by default).' })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string | null;
}

@ArgsType()
export class CertificateNumberArgs {
  @Field({ description: 'The number printed on the certificate, e.g. TND-2026-LV-000123.' })
  @IsString()
  @Matches(/^\s*[A-Za-z]{3}-\d{4}-[A-Za-z]{2}-\d{1,12}\s*$/, rule('certificateNumber'))
  number!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string | null;
}

@ArgsType()
export class CertificatesArgs extends PageArgs {
  @Field(() => CertificateFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CertificateFilterInput)
  filter?: CertificateFilterInput | null;
}
