import type { CertificateSettings } from './certificate-settings.entity';
import type { Certificate } from './certificate.entity';
import { pick, textsFor } from './certificate-texts';
import type {
  CertificateModel,
  CertificateModuleModel,
  CertificateSettingsModel,
  CredentialVerificationModel,
  IssuerKeyModel,
  PublicCertificateModel,
} from './certificate.model';
import type { TrainedWithoutCertificateRow } from './certificates.repository';
import type { CredentialIssuerKey } from './issuer-key.entity';
import { IssuerUrls } from './issuer-urls';
import type { VerificationOutcome } from './verification.service';

const modulesOf = (c: Certificate, language: string): CertificateModuleModel[] =>
  c.content.modules.map((m) => ({
    code: m.code,
    kind: m.kind,
    jointNumber: m.jointNumber ?? null,
    title: pick(m.title, language),
    hours: m.hours,
  }));

/** LinkedIn's "add certification" form with the fields filled in. */
export function linkedInUrl(c: Certificate, base: string): string {
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: textsFor(c.language).achievementName,
    organizationName: pick(c.content.issuerName, c.language),
    issueYear: String(c.issuedAt.getUTCFullYear()),
    issueMonth: String(c.issuedAt.getUTCMonth() + 1),
    certUrl: IssuerUrls.verifyPage(base, c.publicId),
    certId: c.number,
  });
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}

export function toCertificateModel(c: Certificate, base: string): CertificateModel {
  return {
    id: c.id,
    number: c.number,
    publicId: c.publicId,
    status: c.status,
    personId: c.personId,
    holderName: c.holderName,
    countryCode: c.countryCode,
    language: c.language,
    programme: c.content.programme,
    edition: c.content.edition,
    editionId: c.editionId,
    achievementName: textsFor(c.language).achievementName,
    modules: modulesOf(c, c.language),
    competenceAreas: c.content.areas.map((a) => pick(a.title, c.language)),
    issuedAt: c.issuedAt,
    issuedByHand: c.issuedById !== null,
    issueNote: c.issueNote,
    revokedAt: c.revokedAt,
    revocationReason: c.revocationReason,
    replacedAt: c.replacedAt,
    replacedById: c.replacedById,
    flaggedAt: c.flaggedAt,
    flaggedStatus: c.flaggedStatus,
    verificationUrl: IssuerUrls.verifyPage(base, c.publicId),
    credentialUrl: IssuerUrls.credential(base, c.publicId),
    pdfUrl: `${base}/api/certificates/${c.id}/certificate.pdf`,
    linkedInUrl: linkedInUrl(c, base),
  };
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** What the verified credential states (our record adds the modules' titles in the visitor's language). */
function toPublicCertificate(outcome: VerificationOutcome, language: string): PublicCertificateModel | null {
  if (!outcome.credential) return null;
  const credential = outcome.credential;
  const subject = obj(credential['credentialSubject']);
  const achievement = obj(subject['achievement']);
  const record = outcome.certificate;
  const t = textsFor(language);
  return {
    publicId: record?.publicId ?? null,
    number: record?.number ?? (str(subject['licenseNumber']) || null),
    holderName: str(subject['name']),
    achievementName: record ? t.achievementName : str(achievement['name']),
    achievementDescription: record ? t.achievementDescription : str(achievement['description']),
    programme: record?.content.programme ?? null,
    edition: record?.content.edition ?? null,
    issuerName: record ? pick(record.content.issuerName, language) : str(obj(credential['issuer'])['name']),
    issuedAt: new Date(str(credential['validFrom'])),
    modules: record ? modulesOf(record, language) : [],
    competenceAreas: record
      ? record.content.areas.map((a) => pick(a.title, language))
      : (Array.isArray(achievement['alignment']) ? achievement['alignment'] : []).map((a) => str(obj(a)['targetName'])),
    credentialUrl: str(credential['id']) || null,
  };
}

export function toVerificationModel(outcome: VerificationOutcome, language: string): CredentialVerificationModel {
  return {
    verified: outcome.status === 'VALID',
    revoked: outcome.status === 'REVOKED' || outcome.status === 'REPLACED',
    status: outcome.status,
    reason: outcome.reason,
    signatureValid: outcome.signatureValid,
    revokedAt: outcome.revokedAt,
    replacedAt: outcome.replacedAt,
    certificate: toPublicCertificate(outcome, language),
  };
}

export function toTrainedWithoutModel(r: TrainedWithoutCertificateRow) {
  return {
    editionId: r.edition_id,
    personId: r.person_id,
    name: `${r.given_name} ${r.family_name}`,
    countryCode: r.country_code,
    trainedAt: r.trained_at,
  };
}

export function toSettingsModel(
  editionId: string,
  s: CertificateSettings | null,
  issuerName: Record<string, string>,
  language: string,
): CertificateSettingsModel {
  return {
    editionId,
    issuerName: pick(s?.issuerName ?? issuerName, language),
    issuerUrl: s?.issuerUrl ?? null,
    signatories: (s?.signatories ?? []).map((x) => ({ name: x.name, position: pick(x.position, language) })),
    configured: !!s,
  };
}

export function toIssuerKeyModel(k: CredentialIssuerKey, base: string): IssuerKeyModel {
  return {
    id: k.id,
    url: IssuerUrls.key(base, k.id),
    publicKeyMultibase: k.publicKeyMultibase,
    source: k.source,
    current: k.isCurrent,
    createdAt: k.createdAt,
    retiredAt: k.retiredAt,
  };
}
