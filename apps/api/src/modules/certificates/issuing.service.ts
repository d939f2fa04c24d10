import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/domain-error';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { JobQueue } from '../../jobs/job-queue.service';
import { DEFAULT_RULE } from '../completion/completion-refresh';
import { MailService } from '../mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { Certificate, CertificateContent } from './certificate.entity';
import { criteriaNarratives, DEFAULT_ISSUER_NAME } from './certificate-texts';
import { CertificatesRepository, type RuleRow, type TutorFactsRow } from './certificates.repository';
import { IssuerService, isoSeconds } from './issuer.service';
import { IssuerUrls } from './issuer-urls';
import { openBadgeCredential } from './open-badge';

export const ISSUE_CERTIFICATES_JOB = 'certificates.issue';
/** Tutors issued per job run (about 50 ms of signing each); the rest wait for the next minute. */
const ISSUE_BATCH = 600;

export interface IssueRequest {
  editionId: string;
  personId: string;
  /** Null for the job. */
  actorPersonId: string | null;
  note?: string | null;
  /** The current certificate a re-issue replaces. */
  replaces?: Certificate | null;
  requestId?: string | null;
}

export const DEFAULT_RULE_ROW: RuleRow = {
  required_joint_numbers: DEFAULT_RULE.requiredJointNumbers,
  min_joint_modules: DEFAULT_RULE.minJointModules,
  min_national_hours: Number(DEFAULT_RULE.minNationalHours),
  self_assessment_kind: DEFAULT_RULE.selfAssessmentKind,
  self_assessment_module_number: DEFAULT_RULE.selfAssessmentModuleNumber,
  assignments_mode: DEFAULT_RULE.assignmentsMode,
  min_accepted_assignments: DEFAULT_RULE.minAcceptedAssignments,
};

/**
 * Issues certificates: the minute job for every TRAINED tutor without one (once per tutor and
 * edition: an advisory lock per tutor, then the unique index of the current certificate), and the
 * coordinator's issue and re-issue by hand. One transaction per certificate: number, status index,
 * signed credential, notification, mail and audit event commit together or not at all.
 */
@Injectable()
export class IssuingService {
  private readonly logger = new Logger('Certificates');

  constructor(
    private readonly repo: CertificatesRepository,
    private readonly issuer: IssuerService,
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
  ) {
    jobs.define({
      name: ISSUE_CERTIFICATES_JOB,
      cron: '* * * * *',
      handler: () => this.runJob().then(() => undefined),
    });
  }

  /** Queues a run now (after the demo loads); answers false when the queue is off. */
  queueRun(): Promise<boolean> {
    return this.jobs.send(ISSUE_CERTIFICATES_JOB, {}, ISSUE_CERTIFICATES_JOB);
  }

  async runJob(): Promise<{ issued: number; flagged: number }> {
    const flagged = await this.flagCorrections();
    const issued = await this.issueDue();
    return { issued, flagged };
  }

  /** Issues for every TRAINED tutor without a current certificate (up to a batch). */
  async issueDue(limit = ISSUE_BATCH): Promise<number> {
    const due = await this.repo.dueForIssue(limit);
    let issued = 0;
    for (const row of due) {
      try {
        if (await this.issue({ editionId: row.edition_id, personId: row.person_id, actorPersonId: null })) issued += 1;
      } catch (e) {
        this.logger.error(e, `could not issue the certificate of ${row.person_id}`);
      }
    }
    if (issued) this.logger.log(`issued ${issued} certificates`);
    return issued;
  }

  /**
   * A tutor whose status left TRAINED (a correction) keeps no silently valid certificate: it is
   * flagged and the coordinators of the country are told; it clears when the tutor is TRAINED again.
   */
  async flagCorrections(): Promise<number> {
    return this.repo.transaction(async (manager) => {
      await this.repo.unflagTrainedAgain(manager);
      const flagged = await this.repo.flagWentBack(manager);
      for (const c of flagged) {
        const coordinators = await this.notifications.holdersOf(manager, 'COORDINATOR', c.country_code);
        await this.notifications.notify(manager, coordinators, 'CERTIFICATE_FLAGGED', {
          targetType: 'FlaggedCertificate',
          targetId: c.id,
          number: c.number,
          holder: c.holder_name,
        });
        await this.audit.record(manager, {
          actorPersonId: null,
          operation: 'flagCertificate',
          targetType: 'Certificate',
          targetId: c.id,
          summary: `Flagged certificate ${c.number}: the holder is no longer TRAINED`,
        });
      }
      return flagged.length;
    });
  }

  /**
   * Issues one certificate, or answers null when the job finds it already issued (another run got
   * there first) or the tutor not TRAINED. By hand, those are errors.
   */
  async issue(request: IssueRequest): Promise<Certificate | null> {
    const { key, row: keyRow } = await this.issuer.signingKey();
    const byHand = request.actorPersonId !== null;
    try {
      const issued = await this.repo.transaction(async (manager) => {
        await this.repo.lockTutor(manager, request.editionId, request.personId);
        const replaces = request.replaces ? await this.repo.lockCertificate(manager, request.replaces.id) : null;
        if (replaces && replaces.replacedAt)
          throw new DomainError('CERTIFICATE_REPLACED', 'This certificate has already been replaced.');
        if (!replaces && (await this.repo.hasCurrent(manager, request.editionId, request.personId))) {
          if (byHand)
            throw new DomainError('CERTIFICATE_EXISTS', 'This tutor already has a certificate: re-issue it instead.');
          return null;
        }
        const facts = await this.repo.tutorFacts(manager, request.editionId, request.personId);
        if (!facts || facts.completion_status !== 'TRAINED') {
          if (byHand || replaces)
            throw new DomainError('CERTIFICATE_NOT_TRAINED', 'Only a tutor who is TRAINED gets a certificate.');
          return null;
        }
        const issuedAt = new Date();
        const content = await this.content(manager, facts);
        const number = `TND-${issuedAt.getUTCFullYear()}-${facts.country_code}-${String(
          await this.repo.nextNumber(manager, issuedAt.getUTCFullYear(), facts.country_code),
        ).padStart(6, '0')}`;
        const status = await this.issuer.allocateStatus(manager, key);
        const publicId = randomBytes(16).toString('base64url');
        const holderName = `${facts.given_name} ${facts.family_name}`.trim();
        const unsigned = openBadgeCredential({
          base: this.issuer.base,
          issuerId: this.issuer.issuerId,
          publicId,
          number,
          language: facts.preferred_language,
          holderName,
          email: facts.email,
          salt: randomBytes(16).toString('base64url'),
          validFrom: isoSeconds(issuedAt),
          content,
          status,
        });
        if (replaces) await this.repo.markReplaced(manager, replaces.id);
        const certificate = await this.repo.insertCertificate(manager, {
          publicId,
          number,
          editionId: request.editionId,
          personId: request.personId,
          countryCode: facts.country_code,
          language: facts.preferred_language,
          holderName,
          status: 'VALID',
          credential: await this.issuer.sign(unsigned, key, issuedAt),
          content,
          statusListId: status.listId,
          statusIndex: status.index,
          issuerKeyId: keyRow.id,
          issuedAt,
          issuedById: request.actorPersonId,
          issueNote: request.note?.trim() || null,
        });
        if (replaces) {
          await this.repo.setReplacedBy(manager, replaces.id, certificate.id);
          await this.issuer.publishList(manager, replaces.statusListId, key);
        }
        const mailId = await this.announce(manager, certificate, facts, request, replaces);
        return { certificate, mailId };
      });
      if (!issued) return null;
      await this.mail.dispatch([issued.mailId]);
      return issued.certificate;
    } catch (e) {
      // the unique index of the current certificate: a concurrent run issued it first
      if (!byHand && pgErrorCode(e) === PG_UNIQUE_VIOLATION) return null;
      throw e;
    }
  }

  private async content(manager: EntityManager, facts: TutorFactsRow): Promise<CertificateContent> {
    const [modules, areas, rule, settings] = [
      await this.repo.attendedModules(manager, facts.edition_id, facts.person_id),
      await this.repo.publishedAreas(manager),
      await this.repo.rule(manager, facts.edition_id),
      await this.repo.settings(manager, facts.edition_id),
    ];
    return {
      programme: facts.programme_name,
      edition: facts.edition_name,
      editionId: facts.edition_id,
      countryCode: facts.country_code,
      issuerName: settings?.issuerName ?? DEFAULT_ISSUER_NAME,
      issuerUrl: settings?.issuerUrl ?? this.issuer.base,
      signatories: settings?.signatories ?? [],
      modules: modules.map((m) => ({
        code: m.code,
        kind: m.kind,
        jointNumber: m.joint_number,
        title: m.title,
        hours: Number(m.hours),
      })),
      areas: areas.map((a) => ({ code: a.code, title: a.title })),
      profileVersion: areas[0]?.version ?? null,
      criteria: criteriaNarratives(rule ?? DEFAULT_RULE_ROW),
      trainedAt: facts.trained_at ? new Date(facts.trained_at).toISOString() : null,
    };
  }

  /** The tutor hears of it in their language (notification + mail); the audit log records who issued it. */
  private async announce(
    manager: EntityManager,
    certificate: Certificate,
    facts: TutorFactsRow,
    request: IssueRequest,
    replaces: Certificate | null,
  ): Promise<string> {
    await this.notifications.notify(manager, [certificate.personId], 'CERTIFICATE_ISSUED', {
      targetType: 'Certificate',
      targetId: certificate.id,
      number: certificate.number,
    });
    const mailId = await this.mail.queue(manager, {
      to: facts.email,
      recipientPersonId: facts.person_id,
      language: facts.preferred_language,
      kind: 'CERTIFICATE_ISSUED',
      params: {
        givenName: facts.given_name,
        number: certificate.number,
        link: `${this.issuer.base}/certificates`,
        verifyLink: IssuerUrls.verifyPage(this.issuer.base, certificate.publicId),
      },
    });
    await this.audit.record(manager, {
      actorPersonId: request.actorPersonId,
      operation: replaces ? 'reissueCertificate' : 'issueCertificate',
      targetType: 'Certificate',
      targetId: certificate.id,
      summary: replaces
        ? `Re-issued ${replaces.number} as ${certificate.number}: ${request.note ?? ''}`
        : `Issued certificate ${certificate.number} to ${certificate.holderName}`,
      requestId: request.requestId ?? null,
    });
    return mailId;
  }
}
