import type { AppError } from '@tandem/web-ui';
import { UPLOAD_HEADER, uploadError } from '../modules/material-upload';

export function submissionUploadUrl(submissionId: string): string {
  return `/api/submissions/${encodeURIComponent(submissionId)}/attachments`;
}

export interface SubmissionUploadRequest {
  submissionId: string;
  lockVersion: number;
  file: Blob & { name?: string };
  /** 0..1 as the bytes leave the browser (null when the total is unknown). */
  onProgress?: (fraction: number | null) => void;
}

/**
 * Sends one file with XMLHttpRequest (fetch reports no upload progress). Resolves with the
 * submission's new lockVersion; rejects with an AppError (CONFLICT when the partner changed it).
 */
export function uploadSubmissionAttachment({
  submissionId,
  lockVersion,
  file,
  onProgress,
}: SubmissionUploadRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    // The field before the file: the server reads the parts in order.
    form.append('lockVersion', String(lockVersion));
    form.append('file', file, file.name ?? 'file');
    const xhr = new XMLHttpRequest();
    xhr.open('POST', submissionUploadUrl(submissionId));
    xhr.withCredentials = true;
    xhr.setRequestHeader(UPLOAD_HEADER, '1');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => onProgress?.(event.lengthComputable ? event.loaded / event.total : null);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(1);
        try {
          resolve((JSON.parse(xhr.responseText) as { lockVersion: number }).lockVersion);
        } catch {
          resolve(lockVersion + 1);
        }
      } else {
        reject(uploadError(xhr.status, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(uploadError(0, ''));
    xhr.onabort = () => reject({ code: 'UNKNOWN' } satisfies AppError);
    xhr.send(form);
  });
}
