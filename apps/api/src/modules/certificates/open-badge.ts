import { LOCALES } from '@tandem/shared-domain';
import { createHash } from 'node:crypto';
import type { CertificateContent } from './certificate.entity';
import { pick, textsFor } from './certificate-texts';
import { CREDENTIALS_V2_CONTEXT, OPEN_BADGES_CONTEXT } from './credentials/contexts';
import { IssuerUrls } from './issuer-urls';

export interface OpenBadgeInput {
  base: string;
  issuerId: string;
  publicId: string;
  number: string;
  language: string;
  holderName: string;
  email: string;
  /** Random per certificate: the e-mail cannot be found by hashing guesses against many certificates at once. */
  salt: string;
  validFrom: string;
  content: CertificateContent;
  status: { listId: number; index: number };
}

/** OB 3.0 IdentityHash: "sha256$" + hex(SHA-256(value + salt)). */
export function identityHash(value: string, salt: string): string {
  return `sha256$${createHash('sha256')
    .update(value + salt, 'utf8')
    .digest('hex')}`;
}

/** The Achievement of an edition in one language, with the other languages as related translations. */
export function achievement(base: string, content: CertificateContent, language: string): Record<string, unknown> {
  const t = textsFor(language);
  return {
    id: IssuerUrls.achievement(base, content.editionId, language),
    type: ['Achievement'],
    achievementType: 'Certificate',
    name: t.achievementName,
    description: t.achievementDescription,
    criteria: { narrative: pick(content.criteria, language) },
    inLanguage: language,
    ...(content.areas.length
      ? {
          alignment: content.areas.map((area) => ({
            type: ['Alignment'],
            targetName: pick(area.title, language),
            targetCode: area.code,
            targetFramework: t.framework(content.profileVersion ?? 1),
            targetType: 'ceasn:Competency',
            targetUrl: `${base}/competences#${encodeURIComponent(area.code)}`,
          })),
        }
      : {}),
    related: LOCALES.filter((l) => l !== language).map((l) => ({
      id: IssuerUrls.achievement(base, content.editionId, l),
      type: ['Related'],
      inLanguage: l,
    })),
  };
}

/**
 * The unsigned OpenBadgeCredential (VC Data Model 2.0 + OB 3.0.3): who (name, and the e-mail only
 * as a salted hash), what (the achievement aligned to the competence areas, the modules with hours
 * as the narrative), by whom (the issuer profile) and where its revocation bit is.
 */
export function openBadgeCredential(input: OpenBadgeInput): Record<string, unknown> {
  const { base, content, language } = input;
  const t = textsFor(language);
  const statusListUrl = IssuerUrls.statusList(base, input.status.listId);
  const modules = content.modules.map((m) => `${pick(m.title, language)} (${m.code}): ${t.hours(m.hours)}`).join('; ');
  return {
    '@context': [CREDENTIALS_V2_CONTEXT, OPEN_BADGES_CONTEXT],
    id: IssuerUrls.credential(base, input.publicId),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: t.achievementName,
    description: `${t.number}: ${input.number}. ${content.programme}, ${content.edition}.`,
    issuer: {
      id: input.issuerId,
      type: ['Profile'],
      name: pick(content.issuerName, language),
      ...(content.issuerUrl ? { url: content.issuerUrl } : {}),
    },
    validFrom: input.validFrom,
    awardedDate: input.validFrom,
    credentialSubject: {
      type: ['AchievementSubject'],
      name: input.holderName,
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          identityHash: identityHash(input.email.toLowerCase(), input.salt),
          salt: input.salt,
        },
      ],
      licenseNumber: input.number,
      ...(modules ? { narrative: `${t.modulesHeading}: ${modules}.` } : {}),
      achievement: achievement(base, content, language),
    },
    credentialStatus: {
      id: `${statusListUrl}#${input.status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(input.status.index),
      statusListCredential: statusListUrl,
    },
  };
}
