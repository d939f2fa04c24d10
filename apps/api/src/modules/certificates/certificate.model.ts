import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/pagination';
import { CERTIFICATE_STATUSES } from './certificate.entity';
import { INVALID_REASONS, VERIFICATION_STATUSES } from './verification.service';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const CertificateStatusEnum = asEnum(CERTIFICATE_STATUSES);
export const VerificationStatusEnum = asEnum(VERIFICATION_STATUSES);
export const InvalidReasonEnum = asEnum(INVALID_REASONS);
registerEnumType(CertificateStatusEnum, {
  name: 'CertificateStatus',
  description: 'VALID; REVOKED (with a reason; the record stays); REPLACED by a re-issued certificate.',
});
registerEnumType(VerificationStatusEnum, {
  name: 'CredentialVerificationStatus',
  description: 'VALID, REVOKED, REPLACED (by a re-issue), or NOT_VALID (see the reason).',
});
registerEnumType(InvalidReasonEnum, {
  name: 'CredentialInvalidReason',
  description: 'Why a credential is NOT_VALID.',
});

@ObjectType('CertificateModule', { description: 'A module the certificate lists, with the hours attended.' })
export class CertificateModuleModel {
  @Field() code!: string;
  @Field() kind!: string;
  @Field(() => Int, { nullable: true }) jointNumber!: number | null;
  @Field() title!: string;
  @Field(() => Float) hours!: number;
}

@ObjectType('Certificate', {
  description: 'A certificate of one tutor in one edition (tutor: own; coordinator: country; ADMIN).',
})
export class CertificateModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The human number, e.g. TND-2026-LV-000123.' }) number!: string;
  @Field({ description: 'The unguessable id of the public verification link.' }) publicId!: string;
  @Field(() => CertificateStatusEnum) status!: string;
  @Field(() => ID) personId!: string;
  @Field() holderName!: string;
  @Field() countryCode!: string;
  @Field({ description: 'The language it was issued in (the tutor’s).' }) language!: string;
  @Field() programme!: string;
  @Field() edition!: string;
  @Field(() => ID) editionId!: string;
  @Field() achievementName!: string;
  @Field(() => [CertificateModuleModel]) modules!: CertificateModuleModel[];
  @Field(() => [String]) competenceAreas!: string[];
  @Field() issuedAt!: Date;
  @Field(() => Boolean, { description: 'Issued by a coordinator or ADMIN (not by the job).' }) issuedByHand!: boolean;
  @Field(() => String, { nullable: true }) issueNote!: string | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revocationReason!: string | null;
  @Field(() => Date, { nullable: true }) replacedAt!: Date | null;
  @Field(() => ID, { nullable: true }) replacedById!: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Set when the holder is no longer TRAINED: a coordinator decides.',
  })
  flaggedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The completion status the holder went back to.' })
  flaggedStatus!: string | null;
  @Field({ description: 'The public verification page (the QR code on the PDF).' }) verificationUrl!: string;
  @Field({ description: 'The signed Open Badges 3.0 credential (JSON-LD).' }) credentialUrl!: string;
  @Field({ description: 'The PDF in the certificate’s language (add ?lang=xx for another).' }) pdfUrl!: string;
  @Field({ description: 'LinkedIn’s “add certification” form, filled in.' }) linkedInUrl!: string;
}

@ObjectType('CertificateEdge')
export class CertificateEdgeModel {
  @Field() cursor!: string;
  @Field(() => CertificateModel) node!: CertificateModel;
}

@ObjectType('CertificatePage')
export class CertificatePageModel {
  @Field(() => Int) totalCount!: number;
  @Field(() => [CertificateEdgeModel]) edges!: CertificateEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}

@ObjectType('TrainedTutorWithoutCertificate', { description: 'A TRAINED tutor the job has not issued for yet.' })
export class TrainedTutorWithoutCertificateModel {
  @Field(() => ID) editionId!: string;
  @Field(() => ID) personId!: string;
  @Field() name!: string;
  @Field() countryCode!: string;
  @Field() trainedAt!: Date;
}

@ObjectType('PublicCertificate', { description: 'What a verified certificate shows publicly: no e-mail, no reason.' })
export class PublicCertificateModel {
  @Field(() => String, { nullable: true }) publicId!: string | null;
  @Field(() => String, { nullable: true }) number!: string | null;
  @Field() holderName!: string;
  @Field() achievementName!: string;
  @Field() achievementDescription!: string;
  @Field(() => String, { nullable: true }) programme!: string | null;
  @Field(() => String, { nullable: true }) edition!: string | null;
  @Field() issuerName!: string;
  @Field() issuedAt!: Date;
  @Field(() => [CertificateModuleModel]) modules!: CertificateModuleModel[];
  @Field(() => [String]) competenceAreas!: string[];
  @Field(() => String, { nullable: true }) credentialUrl!: string | null;
}

@ObjectType('CredentialVerification')
export class CredentialVerificationModel {
  @Field({ description: 'Valid now: proof, issuer, dates and the revocation status all hold.' }) verified!: boolean;
  @Field({ description: 'The revocation bit is set (revoked, or replaced by a re-issue).' }) revoked!: boolean;
  @Field(() => VerificationStatusEnum) status!: string;
  @Field(() => InvalidReasonEnum, { nullable: true }) reason!: string | null;
  @Field({ description: 'The proof alone checks out (true also for a revoked credential).' }) signatureValid!: boolean;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date, { nullable: true }) replacedAt!: Date | null;
  @Field(() => PublicCertificateModel, { nullable: true }) certificate!: PublicCertificateModel | null;
}

@ObjectType('CertificateSignatory')
export class SignatoryModel {
  @Field() name!: string;
  @Field() position!: string;
}

@ObjectType('CertificateSettings', { description: 'Who an edition’s certificates name as issuer and signatories.' })
export class CertificateSettingsModel {
  @Field(() => ID) editionId!: string;
  @Field({ description: 'In the viewer’s language.' }) issuerName!: string;
  @Field(() => String, { nullable: true }) issuerUrl!: string | null;
  @Field(() => [SignatoryModel]) signatories!: SignatoryModel[];
  @Field({ description: 'False: the defaults apply (no signatories).' }) configured!: boolean;
}

@ObjectType('IssuerKey', { description: 'A signing key of the issuer; retired keys stay published.' })
export class IssuerKeyModel {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field() publicKeyMultibase!: string;
  @Field() source!: string;
  @Field() current!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) retiredAt!: Date | null;
}
