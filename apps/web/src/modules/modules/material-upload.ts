import { clientFieldError, errorDetails, readFieldErrors, toAppErrorCode, type AppError } from '@tandem/web-ui';

/** Browsers send this header only from our own pages: the API refuses uploads without it. */
export const UPLOAD_HEADER = 'x-tandem-upload';

export function materialUploadUrl(moduleId: string): string {
  return `/api/modules/${encodeURIComponent(moduleId)}/materials`;
}

/**
 * The error of an upload answer: the API answers `{ error: { code, message, fields? } }` with the
 * codes GraphQL uses; anything else (a proxy's page, no answer) is NETWORK or INTERNAL_SERVER_ERROR.
 */
export function uploadError(status: number, body: string): AppError {
  if (status === 0) return { code: 'NETWORK' };
  try {
    const parsed = JSON.parse(body) as {
      error?: {
        code?: unknown;
        message?: unknown;
        fields?: unknown;
        requestId?: unknown;
      };
    };
    const error = parsed.error;
    if (error && typeof error === 'object') {
      const fields = readFieldErrors(error.fields);
      const details = errorDetails(error);
      return {
        code: toAppErrorCode(error.code),
        ...(details && { details }),
        ...(typeof error.message === 'string' && {
          serverMessage: error.message,
        }),
        ...(typeof error.requestId === 'string' && {
          correlationId: error.requestId,
        }),
        ...(fields.length && { fields }),
      };
    }
  } catch {
    // not JSON
  }
  if (status === 413)
    return {
      code: 'VALIDATION_FAILED',
      fields: [clientFieldError('file', 'fileTooLargeForServer')],
    };
  if (status === 401) return { code: 'UNAUTHENTICATED' };
  if (status === 403) return { code: 'FORBIDDEN' };
  return {
    code: status >= 502 && status <= 504 ? 'NETWORK' : 'INTERNAL_SERVER_ERROR',
  };
}

/** What the upload form says about a failure: the file refused, a stale draft, or a general error. */
export type UploadProblem = 'fileRefused' | 'conflict' | 'other';

export function uploadProblem(error: AppError): UploadProblem {
  if (error.code === 'STALE_WRITE') return 'conflict';
  if (error.code === 'VALIDATION_FAILED' && error.fields?.some((f) => f.field === 'file')) return 'fileRefused';
  return 'other';
}

export interface UploadRequest {
  moduleId: string;
  lockVersion: number;
  title: string;
  file: Blob & { name?: string };
  /** 0..1 as the bytes leave the browser (null when the total is unknown). */
  onProgress?: (fraction: number | null) => void;
  signal?: AbortSignal;
}

/**
 * Sends one file as multipart/form-data with XMLHttpRequest, which (unlike fetch) reports upload
 * progress. Resolves when the server stored it; rejects with an AppError.
 */
export function uploadMaterial({
  moduleId,
  lockVersion,
  title,
  file,
  onProgress,
  signal,
}: UploadRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    // Fields before the file: the server reads the parts in order.
    form.append('lockVersion', String(lockVersion));
    form.append('title', title);
    form.append('file', file, file.name ?? 'file');

    const xhr = new XMLHttpRequest();
    xhr.open('POST', materialUploadUrl(moduleId));
    xhr.withCredentials = true;
    xhr.setRequestHeader(UPLOAD_HEADER, '1');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => onProgress?.(event.lengthComputable ? event.loaded / event.total : null);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(1);
        resolve();
      } else {
        reject(uploadError(xhr.status, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(uploadError(0, ''));
    xhr.onabort = () => reject({ code: 'UNKNOWN' } satisfies AppError);
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}
