import { Injectable, Logger } from '@nestjs/common';
import archiver from 'archiver';
import type { Readable } from 'node:stream';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { Errors } from '../../common/domain-error';
import { JobQueue } from '../../jobs/job-queue.service';
import { StorageService } from '../../storage/storage.service';
import { exportSections } from './data-export-sections';
import { renderSummary } from './data-export-summary';
import type { DataExportModel } from './data-export.model';
import type { DataExportStatus } from './data-export.entity';
import { PERSON_REFERENCES } from './person-references';
import { PrivacyRepository, type DataExportRow, type ExportFileRow } from './privacy.repository';

export const DATA_EXPORT_JOB = 'privacy.dataExport';
/** How long a finished export can be downloaded. */
export const DATA_EXPORT_VALID_MS = 7 * 24 * 3600 * 1000;

export const dataExportPath = (id: string) => `/api/data-exports/${id}/tandem-data.zip`;

export function toDataExportModel(row: DataExportRow, now = new Date()): DataExportModel {
  const expired = !!row.expires_at && row.expires_at.getTime() <= now.getTime();
  return {
    id: row.id,
    status: row.status as DataExportStatus,
    progress: row.progress,
    requestedAt: row.requested_at,
    readyAt: row.ready_at,
    expiresAt: row.expires_at,
    expired,
    downloadUrl: row.status === 'READY' && !expired ? dataExportPath(row.id) : null,
  };
}

interface ExportContent {
  generatedAt: string;
  language: string;
  sections: Record<string, unknown[]>;
  records: Record<string, unknown[]>;
  files: { id: string; file_name: string; size_bytes: string; path: string }[];
}

/**
 * The person's copy of their data (GDPR Art. 15 and 20): asked for by the person, gathered by a job
 * (progress in percent), downloaded by its owner only as a ZIP that is streamed (JSON, a readable
 * summary in their language, and the files straight from storage) until the link expires.
 */
@Injectable()
export class DataExportsService {
  private readonly logger = new Logger('DataExports');

  constructor(
    private readonly repo: PrivacyRepository,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly storage: StorageService,
  ) {
    jobs.define<{ exportId: string }>({
      name: DATA_EXPORT_JOB,
      retryLimit: 2,
      handler: (data) => this.run(data.exportId),
    });
  }

  /** Answers the open request when there is one (asking twice starts no second job). */
  async request(viewer: Viewer, requestId: string | null): Promise<DataExportModel> {
    let row: DataExportRow;
    try {
      row = await this.repo.transaction(async (manager) => {
        const open = await this.repo.openExport(manager, viewer.personId);
        if (open) return open;
        const created = await this.repo.insertExport(manager, viewer.personId);
        await this.audit.record(manager, {
          actorPersonId: viewer.personId,
          operation: 'requestDataExport',
          targetType: 'Person',
          targetId: viewer.personId,
          summary: 'Asked for a copy of their data',
          requestId,
        });
        return created;
      });
    } catch (e) {
      if (pgErrorCode(e) !== PG_UNIQUE_VIOLATION) throw e;
      // a parallel request created it first
      const open = await this.repo.openExport(this.repo.manager, viewer.personId);
      if (!open) throw e;
      return toDataExportModel(open);
    }
    if (row.status === 'QUEUED' && !(await this.jobs.send(DATA_EXPORT_JOB, { exportId: row.id }, row.id)))
      await this.run(row.id);
    return toDataExportModel((await this.repo.exportById(this.repo.manager, row.id)) ?? row);
  }

  async mine(viewer: Viewer): Promise<DataExportModel[]> {
    const now = new Date();
    return (await this.repo.exportsOf(viewer.personId)).map((r) => toDataExportModel(r, now));
  }

  /** The job: gathers every section, then every referencing row, reporting progress as it goes. */
  async run(exportId: string): Promise<void> {
    if (!(await this.repo.claimExport(exportId))) return;
    try {
      const row = await this.repo.exportById(this.repo.manager, exportId);
      if (!row) return;
      const email = await this.repo.personEmail(row.person_id);
      const queries = Object.entries(exportSections(row.person_id, email));
      const steps = queries.length + PERSON_REFERENCES.length + 1;
      let done = 0;
      const step = async () => {
        done += 1;
        if (done % 5 === 0) await this.repo.setProgress(exportId, Math.min(99, Math.round((done / steps) * 100)));
      };
      const sections: Record<string, unknown[]> = {};
      for (const [name, query] of queries) {
        sections[name] = await this.repo.section(query);
        await step();
      }
      const records: Record<string, unknown[]> = {};
      for (const ref of PERSON_REFERENCES) {
        records[`${ref.table}.${ref.column}`] = await this.repo.referencing(ref, row.person_id);
        await step();
      }
      const files = (await this.repo.exportFiles(row.person_id)).map((f) => ({
        id: f.id,
        file_name: f.file_name,
        size_bytes: f.size_bytes,
        path: filePath(f),
      }));
      const content: ExportContent = {
        generatedAt: new Date().toISOString(),
        language: row.language,
        sections,
        records,
        files,
      };
      await this.repo.finishExport(
        exportId,
        content as unknown as Record<string, unknown>,
        new Date(Date.now() + DATA_EXPORT_VALID_MS),
      );
    } catch (e) {
      this.logger.error(e, `data export ${exportId} failed`);
      await this.repo.failExport(exportId, (e as Error).message ?? 'failed');
    }
  }

  /**
   * The ZIP for its owner: anyone else, an unfinished or an expired export is NOT_FOUND. Files are
   * piped from storage one after the other; nothing of them is held in memory.
   */
  async download(viewer: Viewer, exportId: string, requestId: string | null): Promise<Readable> {
    const row = await this.repo.exportById(this.repo.manager, exportId);
    if (!row || row.person_id !== viewer.personId) throw Errors.notFound('Data export');
    const model = toDataExportModel(row);
    if (!model.downloadUrl) throw Errors.notFound('Data export');
    const content = (await this.repo.exportContent(exportId)) as unknown as ExportContent;
    await this.repo.transaction((manager) =>
      this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'downloadDataExport',
        targetType: 'Person',
        targetId: viewer.personId,
        summary: 'Downloaded a copy of their data',
        requestId,
      }),
    );
    const files = await this.repo.exportFiles(row.person_id);
    const zip = archiver('zip', { zlib: { level: 6 } });
    zip.on('warning', (e) => this.logger.warn(e));
    zip.append(JSON.stringify(content, null, 2), { name: 'data.json' });
    zip.append(renderSummary(content.language, new Date(content.generatedAt), content.sections, content.files), {
      name: 'index.html',
    });
    void (async () => {
      try {
        for (const f of files)
          zip.append(await this.storage.open({ storageKey: f.storage_key }), { name: filePath(f) });
        await zip.finalize();
      } catch (e) {
        this.logger.error(e, `data export ${exportId}: a file could not be read`);
        zip.abort();
      }
    })();
    return zip;
  }
}

function filePath(f: Pick<ExportFileRow, 'id' | 'file_name'>): string {
  return `files/${f.id.slice(0, 8)}-${f.file_name.replace(/[/\\]/g, '_')}`;
}
