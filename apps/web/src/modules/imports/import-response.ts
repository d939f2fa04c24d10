import { errorDetails, readFieldErrors, toAppErrorCode, type AppError } from '@tandem/web-ui';

/** One problem of the file, as the API reports it: spreadsheet row, column name, message in the uploader's language. */
export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportSummary {
  new: number;
  updated: number;
  unchanged: number;
}

/** The dry run: what the import would do, and what stops it. */
export interface DryRunReport {
  totalRows: number;
  summary: ImportSummary;
  rowErrors: ImportRowError[];
  /** All rows are valid, and at least one would change something. */
  canImport: boolean;
  /** Every row is already in the database as it is in the file: an import would change nothing. */
  nothingToChange: boolean;
}

export interface StartedImportJob {
  id: string;
  totalRows: number;
  processedRows: number;
  status: string;
}

/** What an upload came to: a dry-run report, a started import job, or a refusal. */
export type UploadOutcome =
  | { kind: 'dryRun'; report: DryRunReport }
  | { kind: 'started'; job: StartedImportJob }
  | {
      kind: 'failed';
      error: AppError;
      rowErrors: ImportRowError[];
      /** Why the file as a whole cannot be read, in the uploader's language (missing columns …). */
      fileMessages: string[];
      /** Refused for its size before the API could read it. */
      tooLarge?: boolean;
    };

type Failed = Extract<UploadOutcome, { kind: 'failed' }>;

const failed = (error: AppError, rowErrors: ImportRowError[] = [], fileMessages: string[] = []): Failed => ({
  kind: 'failed',
  error,
  rowErrors,
  fileMessages,
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

function rowErrorsIn(value: unknown): ImportRowError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isObject)
    .map((e) => ({ row: count(e['row']), column: String(e['column'] ?? ''), message: String(e['message'] ?? '') }));
}

/**
 * The answer of `POST /api/imports/tutors` → what the page shows. 200 `{ dryRun: true, totalRows,
 * summary, errors }`; 202 `{ dryRun: false, importJob }`; an error `{ error: { code, message,
 * fields?, rowErrors? } }` with a 4xx status. `status` 0: no answer at all (the network).
 */
export function interpretUploadResponse(status: number, body: string): UploadOutcome {
  if (status === 0) return failed({ code: 'NETWORK' });
  if (status === 413) return { ...failed({ code: 'VALIDATION_FAILED' }), tooLarge: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // Not our JSON: a proxy in between, or a restart.
    if (status === 401) return failed({ code: 'UNAUTHENTICATED' });
    return failed({
      code: status >= 502 && status <= 504 ? 'NETWORK' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN',
    });
  }
  if (!isObject(parsed)) return failed({ code: 'UNKNOWN' });

  const error = parsed['error'];
  if (isObject(error) || status >= 400) {
    const details = isObject(error) ? error : {};
    const code = toAppErrorCode(details['code'] ?? (status === 401 ? 'UNAUTHENTICATED' : undefined));
    const fields = Array.isArray(details['fields']) ? details['fields'].filter(isObject) : [];
    const fileMessages = fields
      .filter((f) => f['field'] === 'file' && !Array.isArray(details['rowErrors']))
      .map((f) => String(f['message'] ?? ''));
    const requestId = details['requestId'];
    const parameters = errorDetails(details);
    return failed(
      {
        code,
        ...(parameters && { details: parameters }),
        ...(typeof details['message'] === 'string' && { serverMessage: details['message'] }),
        ...(code === 'INTERNAL_SERVER_ERROR' && typeof requestId === 'string' && { correlationId: requestId }),
        fields: readFieldErrors(fields),
      },
      rowErrorsIn(details['rowErrors']),
      fileMessages,
    );
  }

  if (parsed['dryRun'] === true) {
    const summary = isObject(parsed['summary']) ? parsed['summary'] : {};
    const report: DryRunReport = {
      totalRows: count(parsed['totalRows']),
      summary: {
        new: count(summary['new']),
        updated: count(summary['updated']),
        unchanged: count(summary['unchanged']),
      },
      rowErrors: rowErrorsIn(parsed['errors']),
      canImport: false,
      nothingToChange: false,
    };
    const changes = report.summary.new + report.summary.updated;
    report.canImport = report.rowErrors.length === 0 && changes > 0;
    report.nothingToChange = report.rowErrors.length === 0 && changes === 0;
    return { kind: 'dryRun', report };
  }

  const job = parsed['importJob'];
  if (parsed['dryRun'] === false && isObject(job) && typeof job['id'] === 'string') {
    return {
      kind: 'started',
      job: {
        id: job['id'],
        totalRows: count(job['totalRows']),
        processedRows: count(job['processedRows']),
        status: String(job['status'] ?? 'QUEUED'),
      },
    };
  }
  return failed({ code: 'UNKNOWN' });
}

export interface JobProgress {
  processed: number;
  total: number;
  /** 0..100, whole numbers. */
  percent: number;
  finished: boolean;
}

/** A job's progress for the progress bar; a job that has succeeded is complete whatever it last counted. */
export function jobProgress(job: { status: string; processedRows: number; totalRows: number }): JobProgress {
  const total = Math.max(0, job.totalRows);
  const processed = job.status === 'SUCCEEDED' ? total : Math.min(Math.max(0, job.processedRows), total);
  return {
    processed,
    total,
    percent: total === 0 ? (job.status === 'SUCCEEDED' ? 100 : 0) : Math.round((processed / total) * 100),
    finished: job.status === 'SUCCEEDED' || job.status === 'FAILED',
  };
}
