import type { ImportJob } from './import-job.entity';
import type { ImportJobModel } from './import-job.model';

export function toImportJobModel(job: ImportJob): ImportJobModel {
  return {
    id: job.id,
    status: job.status,
    countryCode: job.countryCode,
    fileName: job.fileName,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    summary: job.summary,
    error: job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
