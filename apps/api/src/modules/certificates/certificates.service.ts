import type { FieldError } from '@tandem/shared-domain';
import { Injectable } from '@nestjs/common';
import { LOCALES } from '@tandem/shared-domain';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { PG_FOREIGN_KEY_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { DomainError, Errors } from '../../common/domain-error';
import { decodeCursor } from '../../common/pagination';
import { NotificationsService } from '../notifications/notifications.service';
import type { CertificateSettings } from './certificate-settings.entity';
import type { Certificate } from './certificate.entity';
import { CertificatesRepository, type TrainedWithoutCertificateRow } from './certificates.repository';
import type { CertificateFilterInput, CertificateSettingsInput } from './dto/certificate.input';
import type { CredentialIssuerKey } from './issuer-key.entity';
import { IssuerService } from './issuer.service';
import { DEFAULT_RULE_ROW, IssuingService } from './issuing.service';
import { criteriaNarratives } from './certificate-texts';
import { CREDENTIALS_V2_CONTEXT, OPEN_BADGES_CONTEXT } from './credentials/contexts';
import { achievement } from './open-badge';
import { invalid } from '../../common/field-error';

const scopeOf = (c: Pick<Certificate, 'personId' | 'countryCode'>) => ({
  personId: c.personId,
  countryCode: c.countryCode,
});

/**
 * Who sees and changes which certificate: the tutor reads their own; a coordinator of the tutor's
 * country and ADMIN list, issue, re-issue and revoke. A certificate outside the viewer's scope is
 * NOT_FOUND (its existence is not confirmed).
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly repo: CertificatesRepository,
    private readonly issuing: IssuingService,
    private readonly issuer: IssuerService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  mine(viewer: Viewer): Promise<Certificate[]> {
    return this.repo.ofPerson(viewer.personId);
  }

  async ofPerson(viewer: Viewer, personId: string): Promise<Certificate[]> {
    const all = await this.repo.ofPerson(personId);
    return all.filter((c) => Access.can(viewer, 'certificate.read', scopeOf(c)));
  }

  async get(viewer: Viewer, id: string): Promise<Certificate> {
    const certificate = await this.repo.byId(id);
    if (!certificate || !Access.can(viewer, 'certificate.read', scopeOf(certificate)))
      throw Errors.notFound('Certificate');
    return certificate;
  }

  async list(viewer: Viewer, filter: CertificateFilterInput, first: number, after?: string) {
    const countries = Access.countries(viewer, 'certificate.manage');
    const cursor = after ? decodeCursor(after, ['timestamp', 'uuid']) : null;
    return this.repo.list({
      countries,
      status: filter.status ?? null,
      flaggedOnly: filter.flaggedOnly ?? false,
      search: filter.search ?? null,
      after: cursor ? [cursor[0], cursor[1]] : null,
      limit: first,
    });
  }

  trainedWithoutCertificate(viewer: Viewer): Promise<TrainedWithoutCertificateRow[]> {
    return this.repo.trainedWithoutCertificate(Access.countries(viewer, 'certificate.manage'), 200);
  }

  async issueByHand(viewer: Viewer, editionId: string, personId: string, note: string | null, requestId: string) {
    const facts = await this.repo.transaction((manager) => this.repo.tutorFacts(manager, editionId, personId));
    if (!facts || !Access.can(viewer, 'certificate.manage', { countryCode: facts.country_code }))
      throw Errors.notFound('Tutor');
    return this.issuing.issue({
      editionId,
      personId,
      actorPersonId: viewer.personId,
      note,
      requestId,
    }) as Promise<Certificate>;
  }

  /** A new certificate from today's data (after a correction) replaces the current one, which stops being valid. */
  async reissue(viewer: Viewer, id: string, note: string, requestId: string): Promise<Certificate> {
    if (!note.trim()) throw Errors.validation([invalid('note', 'required')]);
    const current = await this.manageable(viewer, id);
    if (current.replacedAt)
      throw new DomainError('CERTIFICATE_REPLACED', 'This certificate has already been replaced.');
    return (await this.issuing.issue({
      editionId: current.editionId,
      personId: current.personId,
      actorPersonId: viewer.personId,
      note,
      replaces: current,
      requestId,
    })) as Certificate;
  }

  /** Revokes with a reason: the record and its history stay; the status list is re-signed in the same transaction. */
  async revoke(viewer: Viewer, id: string, reason: string, requestId: string): Promise<Certificate> {
    if (!reason.trim()) throw Errors.validation([invalid('reason', 'required')]);
    await this.manageable(viewer, id);
    const { key } = await this.issuer.signingKey();
    return this.repo.transaction(async (manager) => {
      const certificate = await this.repo.lockCertificate(manager, id);
      if (!certificate) throw Errors.notFound('Certificate');
      if (certificate.status === 'REPLACED')
        throw new DomainError('CERTIFICATE_REPLACED', 'This certificate has been replaced.');
      if (certificate.status !== 'VALID')
        throw new DomainError('CERTIFICATE_NOT_VALID', 'This certificate is revoked already.');
      await this.repo.markRevoked(manager, id, viewer.personId, reason.trim());
      await this.issuer.publishList(manager, certificate.statusListId, key);
      await this.notifications.notify(manager, [certificate.personId], 'CERTIFICATE_REVOKED', {
        targetType: 'Certificate',
        targetId: certificate.id,
        number: certificate.number,
      });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'revokeCertificate',
        targetType: 'Certificate',
        targetId: id,
        summary: `Revoked certificate ${certificate.number}: ${reason.trim()}`,
        requestId,
      });
      return (await this.repo.lockCertificate(manager, id)) as Certificate;
    });
  }

  private async manageable(viewer: Viewer, id: string): Promise<Certificate> {
    const certificate = await this.repo.byId(id);
    if (!certificate || !Access.can(viewer, 'certificate.manage', { countryCode: certificate.countryCode }))
      throw Errors.notFound('Certificate');
    return certificate;
  }

  async settings(editionId: string): Promise<CertificateSettings | null> {
    return this.repo.transaction((manager) => this.repo.settings(manager, editionId));
  }

  async setSettings(viewer: Viewer, input: CertificateSettingsInput, requestId: string): Promise<CertificateSettings> {
    const fields: FieldError[] = [];
    const issuerName = Object.fromEntries(
      input.issuerName.map((t) => [t.language, t.text.trim()]).filter(([, v]) => v),
    );
    if (!issuerName['en']) fields.push(invalid('issuerName', 'englishRequired'));
    if (input.issuerName.some((t) => !(LOCALES as readonly string[]).includes(t.language)))
      fields.push(invalid('issuerName', 'language'));
    if (fields.length) throw Errors.validation(fields);
    return this.repo.transaction(async (manager) => {
      const row = {
        editionId: input.editionId,
        issuerName,
        issuerUrl: input.issuerUrl?.trim() || null,
        signatories: input.signatories.map((s) => ({
          name: s.name.trim(),
          position: Object.fromEntries(s.position.map((t) => [t.language, t.text.trim()])),
        })),
        updatedById: viewer.personId,
      };
      // An edition id that does not exist fails the foreign key: NOT_FOUND, not a server error.
      await this.repo.saveSettings(manager, row).catch((e: unknown) => {
        throw pgErrorCode(e) === PG_FOREIGN_KEY_VIOLATION ? Errors.notFound('Edition') : e;
      });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'setCertificateSettings',
        targetType: 'Edition',
        targetId: input.editionId,
        summary: `Certificate issuer "${issuerName['en']}", ${row.signatories.length} signatories`,
        requestId,
      });
      return (await this.repo.settings(manager, input.editionId)) as CertificateSettings;
    });
  }

  async rotateKey(viewer: Viewer, requestId: string): Promise<CredentialIssuerKey> {
    const key = await this.issuer.rotate().catch((e: Error) => {
      throw Errors.conflict(e.message);
    });
    await this.repo.transaction((manager) =>
      this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'rotateIssuerKey',
        targetType: 'CredentialIssuerKey',
        targetId: key.id,
        summary: 'Rotated the certificate signing key; the previous key stays published',
        requestId,
      }),
    );
    return key;
  }

  /** The edition's Achievement in one language (what `related` in a credential points to). */
  async achievement(editionId: string, language: string): Promise<Record<string, unknown> | null> {
    return this.repo.transaction(async (manager) => {
      if (!(await this.repo.editionExists(manager, editionId))) return null;
      const areas = await this.repo.publishedAreas(manager);
      const rule = await this.repo.rule(manager, editionId);
      const content = {
        programme: '',
        edition: '',
        editionId,
        countryCode: '',
        issuerName: {},
        issuerUrl: null,
        signatories: [],
        modules: [],
        areas: areas.map((a) => ({ code: a.code, title: a.title })),
        profileVersion: areas[0]?.version ?? null,
        criteria: criteriaNarratives(rule ?? DEFAULT_RULE_ROW),
        trainedAt: null,
      };
      return {
        '@context': [CREDENTIALS_V2_CONTEXT, OPEN_BADGES_CONTEXT],
        ...achievement(this.issuer.base, content, language),
      };
    });
  }

  keys(): Promise<CredentialIssuerKey[]> {
    return this.repo.allKeys();
  }
}
