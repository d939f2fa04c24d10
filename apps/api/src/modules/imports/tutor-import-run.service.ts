import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Errors } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { JobQueue } from '../../jobs/job-queue.service';
import { hashAccountToken, INVITATION_VALID_DAYS, publicBaseUrl } from '../invitations/account-tokens';
import { MailRequest, MailService } from '../mail/mail.service';
import type { Person } from '../people/person.entity';
import { EditionsService } from '../programmes/editions.service';
import { ImportAnalysis, PlannedRow, planTutorRows, RowError, TutorRow } from './tutor-import.rows';
import { TutorImportRepository } from './tutor-import.repository';

export const RUN_TUTOR_IMPORT_JOB = 'imports.run-tutor-import';
const IMPORT_LOCK = 72_026_003;
const CHUNK = 2000;

/**
 * Applying a tutor import: the job that re-checks the stored rows under the import lock and writes
 * all of them or none, in one transaction, with progress. The upload side (`TutorImportService`)
 * checks the same way through `analyse`, so a dry run and a run cannot disagree on a row.
 */
@Injectable()
export class TutorImportRunService {
  private readonly logger = new Logger('TutorImport');

  constructor(
    private readonly repository: TutorImportRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly editions: EditionsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    jobs: JobQueue,
  ) {
    jobs.define<{ importJobId: string }>({
      name: RUN_TUTOR_IMPORT_JOB,
      expireInSeconds: 30 * 60,
      handler: ({ importJobId }) => this.run(importJobId),
    });
  }

  async editionId(): Promise<string> {
    const edition = await this.editions.current();
    if (!edition) throw Errors.conflict('There is no edition to add tutors to.');
    return edition.id;
  }

  /** Matches rows to organisations and people in the database and decides what each row does. */
  async analyse(
    manager: EntityManager,
    countryCode: string,
    editionId: string,
    parsed: { rows: TutorRow[]; errors: RowError[] },
    totalRows: number,
    lang: string,
  ): Promise<ImportAnalysis> {
    const codes = [...new Set(parsed.rows.map((r) => r.registryCode))];
    const organisations = codes.length ? await this.repository.organisations(manager, countryCode, codes) : [];
    const emails = parsed.rows.map((r) => r.email);
    const people = emails.length ? await this.repository.people(manager, emails, editionId) : [];
    return planTutorRows(countryCode, parsed, { organisations, people }, totalRows, lang);
  }

  /** The job: re-checks every row against the database under the import lock, then writes all of them or none. */
  async run(importJobId: string): Promise<void> {
    const job = await this.repository.job(importJobId);
    if (!job || job.status === 'SUCCEEDED' || job.status === 'FAILED' || !job.rows) return;
    const manager = this.repository.manager;
    await this.repository.updateJob(manager, job.id, { status: 'RUNNING', processedRows: 0 });
    // Progress is written outside the import's transaction, so that readers see it while it runs.
    const progress = (n: number) =>
      this.repository.updateJob(manager, job.id, { processedRows: Math.min(n, job.totalRows) });
    const mailIds: string[] = [];
    try {
      const inviter = job.createdById ? await this.repository.person(job.createdById) : null;
      const lang = inviter?.preferredLanguage ?? 'en';
      const editionId = await this.editionId();
      await this.repository.transaction(async (tx) => {
        await this.repository.lockImports(tx, IMPORT_LOCK);
        const rows = job.rows as TutorRow[];
        const analysis = await this.analyse(tx, job.countryCode, editionId, { rows, errors: [] }, rows.length, lang);
        if (analysis.errors.length) {
          throw new Error(
            `the data changed since the upload: ${analysis.errors
              .slice(0, 5)
              .map((e) => `row ${e.row} ${e.column} ${e.message}`)
              .join('; ')}`,
          );
        }
        for (let i = 0; i < analysis.rows.length; i += CHUNK) {
          const chunk = analysis.rows.slice(i, i + CHUNK);
          const created = await this.applyChunk(tx, chunk, editionId);
          if (job.sendInvitations && created.length) mailIds.push(...(await this.invite(tx, created, inviter)));
          await progress(i + chunk.length);
        }
        await this.audit.record(tx, {
          actorPersonId: job.createdById,
          operation: 'importTutors',
          targetType: 'ImportJob',
          targetId: job.id,
          summary: `Imported tutors into ${job.countryCode}: ${analysis.summary.new} new, ${analysis.summary.updated} updated, ${analysis.summary.unchanged} unchanged`,
          requestId: null,
        });
        await this.repository.updateJob(tx, job.id, {
          status: 'SUCCEEDED',
          summary: analysis.summary,
          processedRows: job.totalRows,
          rows: null,
          finishedAt: new Date(),
        });
      });
    } catch (e) {
      this.logger.warn(`tutor import ${job.id} failed: ${(e as Error).message}`);
      await this.repository.updateJob(manager, job.id, {
        status: 'FAILED',
        error: (e as Error).message.slice(0, 2000),
        processedRows: 0,
        rows: null,
        finishedAt: new Date(),
      });
      return;
    }
    await this.mail.dispatch(mailIds);
  }

  /** Bulk writes for one chunk: people, TUTOR grants, profiles, participation. Answers the people created. */
  private async applyChunk(
    manager: EntityManager,
    rows: PlannedRow[],
    editionId: string,
  ): Promise<{ id: string; row: PlannedRow }[]> {
    const fresh = rows.filter((r) => r.action === 'NEW');
    const created = fresh.length ? await this.repository.insertPeople(manager, fresh) : [];
    const idByEmail = new Map(created.map((c) => [c.email, c.id]));
    const idOf = (r: PlannedRow): string => {
      const id = r.personId ?? idByEmail.get(r.email);
      if (!id) throw new Error(`no person for ${r.email}`);
      return id;
    };
    const changed = rows.filter((r) => r.action !== 'UNCHANGED').map((r) => ({ ...r, personId: idOf(r) }));
    const updated = changed.filter((r) => r.action === 'UPDATED');
    if (updated.length) await this.repository.updatePeople(manager, updated);
    if (changed.length) await this.repository.makeTutors(manager, editionId, changed);
    return fresh.map((r) => ({ id: idOf(r), row: r }));
  }

  /** Invitation links for the people an import created, in bulk (same rules as invitePerson). */
  private async invite(
    manager: EntityManager,
    people: { id: string; row: PlannedRow }[],
    inviter: Person | null,
  ): Promise<string[]> {
    const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 86400_000);
    const tokens = people.map(() => randomBytes(32).toString('base64url'));
    await this.repository.insertInvitationTokens(
      manager,
      people.map((p, i) => ({ personId: p.id, tokenHash: hashAccountToken(tokens[i]) })),
      expiresAt,
      inviter?.id ?? null,
    );
    const base = publicBaseUrl(this.config);
    const requests: MailRequest<'INVITATION'>[] = people.map((p, i) => ({
      to: p.row.email,
      recipientPersonId: p.id,
      language: p.row.preferredLanguage,
      kind: 'INVITATION',
      params: {
        givenName: p.row.givenName,
        inviterName: inviter ? `${inviter.givenName} ${inviter.familyName}` : 'Tandem',
        link: `${base}/invitation/${tokens[i]}`,
        validUntil: expiresAt.toISOString().slice(0, 10),
      },
    }));
    return this.mail.queueMany(manager, requests);
  }
}
