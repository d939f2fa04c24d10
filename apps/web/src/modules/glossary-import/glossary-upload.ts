import { sessionEvents } from '../session/session-events';

export const GLOSSARY_EXPORT_FORMATS = ['csv', 'xlsx', 'tbx'] as const;
export type GlossaryExportFormat = (typeof GLOSSARY_EXPORT_FORMATS)[number];
export const glossaryExportHref = (format: GlossaryExportFormat) => `/api/glossary/export.${format}`;

export interface GlossaryRowError {
  row: number;
  column: string;
  language: string | null;
  code: string;
  message: string;
}

export interface GlossaryImportReport {
  dryRun: boolean;
  totalRows: number;
  summary: { new: number; updated: number; unchanged: number };
  errorCount: number;
  errors: GlossaryRowError[];
  rows: { row: number; action: 'NEW' | 'UPDATED' | 'UNCHANGED'; id: string | null; domain: string; term: string }[];
}

export type GlossaryUploadOutcome =
  | { kind: 'report'; report: GlossaryImportReport }
  | {
      kind: 'failed';
      code: string;
      /** Why the whole file was refused (TYPE_MISMATCH, DTD_FORBIDDEN, ...), translated by the page. */
      reason: string | null;
      params: Record<string, string | number>;
      rowErrors: GlossaryRowError[];
    };

function interpret(status: number, text: string): GlossaryUploadOutcome {
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON: a proxy's page or no answer at all
  }
  if (status === 200 && typeof body['totalRows'] === 'number')
    return { kind: 'report', report: body as unknown as GlossaryImportReport };
  const error = (body['error'] ?? {}) as Record<string, unknown>;
  return {
    kind: 'failed',
    code: typeof error['code'] === 'string' ? error['code'] : status === 413 ? 'VALIDATION_FAILED' : 'NETWORK',
    reason: typeof error['reason'] === 'string' ? error['reason'] : status === 413 ? 'TOO_LARGE' : null,
    params: (error['params'] ?? {}) as Record<string, string | number>,
    rowErrors: Array.isArray(error['rowErrors']) ? (error['rowErrors'] as GlossaryRowError[]) : [],
  };
}

/**
 * Sends the file with XMLHttpRequest (only XHR reports the upload's progress); `x-tandem-upload`
 * is the API's guard against forms posted from other sites.
 */
export function uploadGlossaryFile(
  file: File,
  dryRun: boolean,
  onProgress: (loaded: number, total: number) => void,
): Promise<GlossaryUploadOutcome> {
  return new Promise((resolve) => {
    const body = new FormData();
    body.append('dryRun', String(dryRun));
    body.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/glossary/import');
    xhr.setRequestHeader('x-tandem-upload', '1');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    xhr.onload = () => {
      const outcome = interpret(xhr.status, xhr.responseText);
      if (outcome.kind === 'failed' && outcome.code === 'UNAUTHENTICATED') sessionEvents.expired();
      resolve(outcome);
    };
    xhr.onerror = () => resolve(interpret(0, ''));
    xhr.send(body);
  });
}
