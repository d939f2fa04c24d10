import { sessionEvents } from '../session/session-events';
import { interpretUploadResponse, type UploadOutcome } from './import-response';

export const TUTOR_IMPORT_URL = '/api/imports/tutors';
export const TUTOR_TEMPLATE_URL = '/api/imports/tutors/template.csv';
/** The XLSX template carries a "Help" sheet describing each column in the given language. */
export const tutorTemplateXlsxUrl = (language: string): string =>
  `/api/imports/tutors/template.xlsx?language=${encodeURIComponent(language)}`;

export interface TutorUpload {
  file: File;
  dryRun: boolean;
  sendInvitations: boolean;
  /** Only an ADMIN names the country; a coordinator imports into their own. */
  countryCode?: string | null;
  /** Bytes sent so far, of the whole request. */
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends the file as multipart/form-data with XMLHttpRequest rather than fetch: only XHR reports the
 * progress of the upload itself. The `x-tandem-upload` header is the API's guard against forms
 * posted from other sites (a cross-site form cannot set it).
 */
export function uploadTutorFile({
  file,
  dryRun,
  sendInvitations,
  countryCode,
  onProgress,
  signal,
}: TutorUpload): Promise<UploadOutcome> {
  return new Promise((resolve, reject) => {
    const body = new FormData();
    // The fields before the file: the API reads the parts in order.
    body.append('dryRun', String(dryRun));
    body.append('sendInvitations', String(sendInvitations));
    if (countryCode) body.append('countryCode', countryCode);
    body.append('file', file, file.name);

    const xhr = new XMLHttpRequest();
    xhr.open('POST', TUTOR_IMPORT_URL);
    xhr.setRequestHeader('x-tandem-upload', '1');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      const outcome = interpretUploadResponse(xhr.status, xhr.responseText);
      if (outcome.kind === 'failed' && outcome.error.code === 'UNAUTHENTICATED') sessionEvents.expired();
      resolve(outcome);
    };
    xhr.onerror = () => resolve(interpretUploadResponse(0, ''));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
