import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { isLocale } from '@tandem/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { JobQueue } from '../../jobs/job-queue.service';
import { hashAccountToken, INVITATION_VALID_DAYS, publicBaseUrl } from '../invitations/account-tokens';
import { MailRequest, MailService } from '../mail/mail.service';
import { Person } from '../people/person.entity';
import { EditionsService } from '../programmes/editions.service';
import { ImportJob, ImportSummary } from './import-job.entity';
import { importMessage, ImportMessageKey } from './import-messages';
import { ImportFileError, parseTutorSheet, TutorImportColumn } from './tutor-import.parser';

export const RUN_TUTOR_IMPORT_JOB = 'imports.run-tutor-import';
const IMPORT_LOCK = 72_026_003;
const CHUNK = 2000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface RowError {
  row: number;
  column: TutorImportColumn;
  message: string;
}

/** A row as it will be written. */
export interface TutorRow {
  row: number;
  email: string;
  givenName: string;
  familyName: string;
  registryCode: string;
  occupationField: string | null;
  yearsOfExperience: number | null;
  languages: string[];
  preferredLanguage: string;
}

interface PlannedRow extends TutorRow {
  organisationId: string;
  personId: string | null;
  action: 'NEW' | 'UPDATED' | 'UNCHANGED';
}

export interface ImportAnalysis {
  totalRows: number;
  errors: RowError[];
  summary: ImportSummary;
  rows: PlannedRow[];
}

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

/** Reads the cells of each row; every problem becomes a row error in the uploader's language. */
export function readTutorRows(
  rows: { row: number; cells: Record<TutorImportColumn, string> }[],
  lang: string,
): { rows: TutorRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const out: TutorRow[] = [];
  const firstRowOf = new Map<string, number>();
  const err = (
    row: number,
    column: TutorImportColumn,
    key: ImportMessageKey,
    params?: Record<string, string | number>,
  ) => errors.push({ row, column, message: importMessage(key, lang, params) });
  for (const { row, cells } of rows) {
    const before = errors.length;
    const email = cells.email.toLowerCase();
    if (!email) err(row, 'email', 'REQUIRED');
    else if (!EMAIL.test(email) || email.length > 254) err(row, 'email', 'INVALID_EMAIL');
    else {
      const other = firstRowOf.get(email);
      if (other !== undefined) err(row, 'email', 'DUPLICATE_EMAIL', { other });
      else firstRowOf.set(email, row);
    }
    for (const column of ['given_name', 'family_name', 'organisation_registry_code'] as const) {
      if (!cells[column]) err(row, column, 'REQUIRED');
      else if (cells[column].length > 100) err(row, column, 'TOO_LONG', { max: 100 });
    }
    if (cells.occupation_field.length > 200) err(row, 'occupation_field', 'TOO_LONG', { max: 200 });
    let years: number | null = null;
    if (cells.years_of_experience) {
      years = Number(cells.years_of_experience);
      if (!Number.isInteger(years) || years < 0 || years > 70) err(row, 'years_of_experience', 'INVALID_YEARS');
    }
    const languages = cells.languages
      ? cells.languages
          .split(/[,;\s]+/)
          .filter(Boolean)
          .map((l) => l.toLowerCase())
      : [];
    if (languages.some((l) => !/^[a-z]{2}$/.test(l))) err(row, 'languages', 'INVALID_LANGUAGES');
    const preferred = (cells.preferred_language || 'en').toLowerCase();
    if (!isLocale(preferred)) err(row, 'preferred_language', 'INVALID_PREFERRED_LANGUAGE');
    if (errors.length > before) continue;
    out.push({
      row,
      email,
      givenName: cells.given_name,
      familyName: cells.family_name,
      registryCode: cells.organisation_registry_code,
      occupationField: cells.occupation_field || null,
      yearsOfExperience: years,
      languages: [...new Set(languages)],
      preferredLanguage: preferred,
    });
  }
  return { rows: out, errors };
}

interface ExistingPerson {
  id: string;
  email: string;
  given_name: string;
  family_name: string;
  preferred_language: string;
  organisation_id: string | null;
  occupation_field: string | null;
  years_of_experience: number | null;
  languages: string[] | null;
  is_tutor: boolean;
  participating: boolean;
  countries: string[];
}

const sameLanguages = (a: string[] | null, b: string[]) =>
  (a ?? []).length === b.length && (a ?? []).every((l, i) => l === b[i]);

/**
 * Tutor import (CSV or XLSX): a dry run reports per-row errors and what would change; the import
 * applies all rows or none, in one transaction, as a job with progress. Matched by e-mail, so
 * importing the same file again changes nothing. Imports are serialised by an advisory lock, so
 * two uploads of the same file cannot both create the same people.
 */
@Injectable()
export class TutorImportService {
  private readonly logger = new Logger('TutorImport');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly editions: EditionsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
  ) {
    jobs.define<{ importJobId: string }>({
      name: RUN_TUTOR_IMPORT_JOB,
      expireInSeconds: 30 * 60,
      handler: ({ importJobId }) => this.run(importJobId),
    });
  }

  /** The country the viewer imports into: theirs as COORDINATOR, or the one an ADMIN names. */
  async countryFor(viewer: Viewer, requested: string | undefined, lang: string): Promise<string> {
    const countries = Access.countries(viewer, 'tutorImport.run');
    if (requested) {
      if (!Access.can(viewer, 'tutorImport.run', { countryCode: requested }))
        throw Errors.forbidden('You may import tutors only into your own country.');
      return requested;
    }
    if (countries !== 'ALL' && countries.length === 1) return countries[0];
    throw Errors.validation([{ ...invalid('countryCode', 'required'), message: importMessage('REQUIRED', lang) }]);
  }

  /** The viewer's language: of the row messages and of the template's help sheet. */
  async language(viewer: Viewer): Promise<string> {
    const person = await this.db.getRepository(Person).findOneBy({ id: viewer.personId });
    return person?.preferredLanguage ?? 'en';
  }

  private async editionId(): Promise<string> {
    const edition = await this.editions.current();
    if (!edition) throw Errors.conflict('There is no edition to add tutors to.');
    return edition.id;
  }

  /** Matches rows to organisations and people in the database and decides what each row does. */
  private async analyse(
    manager: EntityManager,
    countryCode: string,
    editionId: string,
    parsed: { rows: TutorRow[]; errors: RowError[] },
    totalRows: number,
    lang: string,
  ): Promise<ImportAnalysis> {
    const errors = [...parsed.errors];
    const codes = [...new Set(parsed.rows.map((r) => r.registryCode))];
    const orgs: { id: string; registry_code: string; kind: string }[] = codes.length
      ? await manager.query(
          `SELECT id, registry_code, kind FROM organisation WHERE country_code = $1 AND registry_code = ANY($2::text[])`,
          [countryCode, codes],
        )
      : [];
    const orgByCode = new Map(orgs.map((o) => [o.registry_code, o]));
    const emails = parsed.rows.map((r) => r.email);
    const existing: ExistingPerson[] = emails.length
      ? await manager.query(
          `SELECT p.id, p.email, p.given_name, p.family_name, p.preferred_language,
                  tp.organisation_id, tp.occupation_field, tp.years_of_experience, tp.languages,
                  EXISTS (SELECT 1 FROM role_grant g WHERE g.person_id = p.id AND g.role = 'TUTOR') AS is_tutor,
                  EXISTS (SELECT 1 FROM tutor_participation x WHERE x.person_id = p.id AND x.edition_id = $2) AS participating,
                  ARRAY(
                    SELECT DISTINCT c FROM (
                      SELECT o.country_code AS c FROM organisation o WHERE o.id = tp.organisation_id
                      UNION SELECT coalesce(g.country_code, go.country_code) FROM role_grant g LEFT JOIN organisation go ON go.id = g.organisation_id WHERE g.person_id = p.id
                    ) s WHERE c IS NOT NULL
                  )::text[] AS countries
             FROM person p LEFT JOIN tutor_profile tp ON tp.person_id = p.id
            WHERE p.email = ANY($1::text[])`,
          [emails, editionId],
        )
      : [];
    const personByEmail = new Map(existing.map((p) => [p.email, p]));
    const planned: PlannedRow[] = [];
    const summary: ImportSummary = { new: 0, updated: 0, unchanged: 0 };
    for (const r of parsed.rows) {
      const org = orgByCode.get(r.registryCode);
      const person = personByEmail.get(r.email);
      let bad = false;
      if (!org) {
        errors.push({
          row: r.row,
          column: 'organisation_registry_code',
          message: importMessage('UNKNOWN_ORGANISATION', lang, { country: countryCode }),
        });
        bad = true;
      } else if (org.kind !== 'VET_INSTITUTION' && org.kind !== 'COMPANY') {
        errors.push({
          row: r.row,
          column: 'organisation_registry_code',
          message: importMessage('NOT_TUTOR_ORGANISATION', lang),
        });
        bad = true;
      }
      if (person && person.countries.some((c) => c.trim() !== countryCode)) {
        errors.push({ row: r.row, column: 'email', message: importMessage('OTHER_COUNTRY', lang) });
        bad = true;
      }
      if (bad || !org) continue;
      let action: PlannedRow['action'] = 'NEW';
      if (person) {
        const same =
          person.given_name === r.givenName &&
          person.family_name === r.familyName &&
          person.preferred_language === r.preferredLanguage &&
          person.organisation_id === org.id &&
          person.occupation_field === r.occupationField &&
          person.years_of_experience === r.yearsOfExperience &&
          sameLanguages(person.languages, r.languages) &&
          person.is_tutor &&
          person.participating;
        action = same ? 'UNCHANGED' : 'UPDATED';
      }
      summary[action === 'NEW' ? 'new' : action === 'UPDATED' ? 'updated' : 'unchanged']++;
      planned.push({ ...r, organisationId: org.id, personId: person?.id ?? null, action });
    }
    errors.sort((a, b) => a.row - b.row);
    return { totalRows, errors, summary, rows: planned };
  }

  private async parse(file: UploadedFile, lang: string) {
    try {
      const sheet = await parseTutorSheet(file.bytes);
      return { sheet, parsed: readTutorRows(sheet.rows, lang) };
    } catch (e) {
      if (e instanceof ImportFileError)
        throw Errors.validation([
          { ...invalid('file', 'fileUnreadable'), message: importMessage(e.key, lang, e.params) },
        ]);
      throw e;
    }
  }

  /** The dry run: what the import would do, and every row error. Writes nothing. */
  async dryRun(viewer: Viewer, file: UploadedFile, requestedCountry?: string): Promise<Omit<ImportAnalysis, 'rows'>> {
    const lang = await this.language(viewer);
    const country = await this.countryFor(viewer, requestedCountry, lang);
    const { sheet, parsed } = await this.parse(file, lang);
    const { rows: _rows, ...report } = await this.analyse(
      this.db.manager,
      country,
      await this.editionId(),
      parsed,
      sheet.rows.length,
      lang,
    );
    return report;
  }

  /**
   * Validates the file and queues the import (or runs it at once when the job queue is off). Any row
   * error refuses the whole file: VALIDATION_FAILED with the row errors, nothing stored.
   */
  async start(
    viewer: Viewer,
    file: UploadedFile,
    options: { countryCode?: string; sendInvitations: boolean },
    requestId: string,
  ): Promise<ImportJob> {
    const lang = await this.language(viewer);
    const country = await this.countryFor(viewer, options.countryCode, lang);
    const { sheet, parsed } = await this.parse(file, lang);
    const analysis = await this.analyse(
      this.db.manager,
      country,
      await this.editionId(),
      parsed,
      sheet.rows.length,
      lang,
    );
    if (analysis.errors.length) {
      throw new DomainError('VALIDATION_FAILED', 'The file has errors; nothing was imported.', {
        fields: [invalid('file', 'fileRowErrors', { count: analysis.errors.length })],
        rowErrors: analysis.errors,
      });
    }
    const job = await this.db.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ImportJob, {
          createdById: viewer.personId,
          countryCode: country,
          fileName: file.fileName.slice(0, 200),
          sendInvitations: options.sendInvitations,
          totalRows: parsed.rows.length,
          rows: parsed.rows,
        }),
      );
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'importTutors',
        targetType: 'ImportJob',
        targetId: saved.id,
        summary: `Queued tutor import of ${parsed.rows.length} row(s) into ${country} from ${saved.fileName}`,
        requestId,
      });
      return saved;
    });
    if (!(await this.jobs.send(RUN_TUTOR_IMPORT_JOB, { importJobId: job.id }, job.id))) await this.run(job.id);
    return this.db.getRepository(ImportJob).findOneByOrFail({ id: job.id });
  }

  /** The job: re-checks every row against the database under the import lock, then writes all of them or none. */
  async run(importJobId: string): Promise<void> {
    const job = await this.db.getRepository(ImportJob).findOneBy({ id: importJobId });
    if (!job || job.status === 'SUCCEEDED' || job.status === 'FAILED' || !job.rows) return;
    await this.db.manager.update(ImportJob, job.id, { status: 'RUNNING', processedRows: 0 });
    const progress = (n: number) =>
      this.db.manager.update(ImportJob, job.id, { processedRows: Math.min(n, job.totalRows) });
    const mailIds: string[] = [];
    try {
      const inviter = job.createdById ? await this.db.getRepository(Person).findOneBy({ id: job.createdById }) : null;
      const lang = inviter?.preferredLanguage ?? 'en';
      const editionId = await this.editionId();
      await this.db.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
        const rows = job.rows as TutorRow[];
        const analysis = await this.analyse(
          manager,
          job.countryCode,
          editionId,
          { rows, errors: [] },
          rows.length,
          lang,
        );
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
          const created = await this.applyChunk(manager, chunk, editionId);
          if (job.sendInvitations && created.length) mailIds.push(...(await this.invite(manager, created, inviter)));
          await progress(i + chunk.length);
        }
        await this.audit.record(manager, {
          actorPersonId: job.createdById,
          operation: 'importTutors',
          targetType: 'ImportJob',
          targetId: job.id,
          summary: `Imported tutors into ${job.countryCode}: ${analysis.summary.new} new, ${analysis.summary.updated} updated, ${analysis.summary.unchanged} unchanged`,
          requestId: null,
        });
        await manager.update(ImportJob, job.id, {
          status: 'SUCCEEDED',
          summary: analysis.summary,
          processedRows: job.totalRows,
          rows: null,
          finishedAt: new Date(),
        });
      });
    } catch (e) {
      this.logger.warn(`tutor import ${job.id} failed: ${(e as Error).message}`);
      await this.db.manager.update(ImportJob, job.id, {
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
    const created: { id: string; email: string }[] = fresh.length
      ? await manager.query(
          `INSERT INTO person (email, given_name, family_name, preferred_language)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) RETURNING id, email`,
          [
            fresh.map((r) => r.email),
            fresh.map((r) => r.givenName),
            fresh.map((r) => r.familyName),
            fresh.map((r) => r.preferredLanguage),
          ],
        )
      : [];
    const idByEmail = new Map(created.map((c) => [c.email, c.id]));
    const idOf = (r: PlannedRow): string => {
      const id = r.personId ?? idByEmail.get(r.email);
      if (!id) throw new Error(`no person for ${r.email}`);
      return id;
    };
    const changed = rows.filter((r) => r.action !== 'UNCHANGED').map((r) => ({ ...r, personId: idOf(r) }));
    const updated = changed.filter((r) => r.action === 'UPDATED');
    if (updated.length) {
      await manager.query(
        `UPDATE person p SET given_name = u.g, family_name = u.f, preferred_language = u.l, updated_at = now()
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS u(id, g, f, l)
          WHERE p.id = u.id AND (p.given_name, p.family_name, p.preferred_language) IS DISTINCT FROM (u.g, u.f, u.l)`,
        [
          updated.map((r) => r.personId),
          updated.map((r) => r.givenName),
          updated.map((r) => r.familyName),
          updated.map((r) => r.preferredLanguage),
        ],
      );
    }
    if (changed.length) {
      const ids = changed.map((r) => r.personId);
      await manager.query(
        `INSERT INTO role_grant (person_id, role, scope_kind) SELECT unnest($1::uuid[]), 'TUTOR', 'SELF' ON CONFLICT DO NOTHING`,
        [ids],
      );
      await manager.query(
        `INSERT INTO tutor_profile (person_id, organisation_id, organisation_kind, side, occupation_field, years_of_experience, languages)
         SELECT u.pid, o.id, o.kind, CASE o.kind WHEN 'VET_INSTITUTION' THEN 'SCHOOL' ELSE 'COMPANY' END, u.occ, u.yoe,
                CASE WHEN u.langs = '' THEN '{}'::text[] ELSE string_to_array(u.langs, ',') END
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::text[]) AS u(pid, oid, occ, yoe, langs)
           JOIN organisation o ON o.id = u.oid
         ON CONFLICT (person_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, organisation_kind = EXCLUDED.organisation_kind,
           side = EXCLUDED.side, occupation_field = EXCLUDED.occupation_field, years_of_experience = EXCLUDED.years_of_experience,
           languages = EXCLUDED.languages, updated_at = now()`,
        [
          ids,
          changed.map((r) => r.organisationId),
          changed.map((r) => r.occupationField),
          changed.map((r) => r.yearsOfExperience),
          changed.map((r) => r.languages.join(',')),
        ],
      );
      await manager.query(
        `INSERT INTO tutor_participation (edition_id, person_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [editionId, ids],
      );
    }
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
    await manager.query(
      `INSERT INTO account_token (person_id, purpose, token_hash, expires_at, created_by_id)
       SELECT u.pid, 'INVITATION', u.h, $3, $4 FROM unnest($1::uuid[], $2::text[]) AS u(pid, h)`,
      [people.map((p) => p.id), tokens.map(hashAccountToken), expiresAt, inviter?.id ?? null],
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

  /** The job's state for its creator, an ADMIN or a COORDINATOR of its country. */
  async get(viewer: Viewer, id: string): Promise<ImportJob> {
    const job = await this.db.getRepository(ImportJob).findOne({
      where: { id },
      select: {
        rows: false,
        id: true,
        kind: true,
        status: true,
        createdById: true,
        countryCode: true,
        fileName: true,
        sendInvitations: true,
        totalRows: true,
        processedRows: true,
        summary: true,
        error: true,
        createdAt: true,
        finishedAt: true,
      },
    });
    if (
      !job ||
      (job.createdById !== viewer.personId && !Access.can(viewer, 'tutorImport.run', { countryCode: job.countryCode }))
    )
      throw Errors.notFound('Import job');
    return job;
  }
}
