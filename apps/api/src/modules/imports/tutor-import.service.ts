import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { JobQueue } from '../../jobs/job-queue.service';
import type { ImportJob } from './import-job.entity';
import { importMessage } from './import-messages';
import { ImportFileError, parseTutorSheet } from './tutor-import.parser';
import { RUN_TUTOR_IMPORT_JOB, TutorImportRunService } from './tutor-import-run.service';
import { ImportAnalysis, readTutorRows } from './tutor-import.rows';
import { TutorImportRepository } from './tutor-import.repository';

export { readTutorRows, type RowError, type TutorRow } from './tutor-import.rows';

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

/**
 * Tutor import (CSV or XLSX), the uploader's side: a dry run reports per-row errors and what would
 * change; starting an import validates the file and queues the job (`TutorImportRunService`), which
 * applies all rows or none. Matched by e-mail, so importing the same file again changes nothing.
 */
@Injectable()
export class TutorImportService {
  constructor(
    private readonly repository: TutorImportRepository,
    private readonly runner: TutorImportRunService,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
  ) {}

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
    const person = await this.repository.person(viewer.personId);
    return person?.preferredLanguage ?? 'en';
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
    const { rows: _rows, ...report } = await this.runner.analyse(
      this.repository.manager,
      country,
      await this.runner.editionId(),
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
    const analysis = await this.runner.analyse(
      this.repository.manager,
      country,
      await this.runner.editionId(),
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
    const job = await this.repository.transaction(async (manager) => {
      const saved = await this.repository.createJob(manager, {
        createdById: viewer.personId,
        countryCode: country,
        fileName: file.fileName.slice(0, 200),
        sendInvitations: options.sendInvitations,
        totalRows: parsed.rows.length,
        rows: parsed.rows,
      });
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
    if (!(await this.jobs.send(RUN_TUTOR_IMPORT_JOB, { importJobId: job.id }, job.id))) await this.runner.run(job.id);
    return this.repository.jobOrFail(job.id);
  }

  /** The job's state for its creator, an ADMIN or a COORDINATOR of its country. */
  async get(viewer: Viewer, id: string): Promise<ImportJob> {
    const job = await this.repository.jobWithoutRows(id);
    if (
      !job ||
      (job.createdById !== viewer.personId && !Access.can(viewer, 'tutorImport.run', { countryCode: job.countryCode }))
    )
      throw Errors.notFound('Import job');
    return job;
  }
}
