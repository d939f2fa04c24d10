import type { AppError } from '@tandem/web-ui';
import { UPLOAD_HEADER, uploadError } from '../modules/material-upload';

export function agreementUploadUrl(mobilityId: string): string {
  return `/api/mobilities/${encodeURIComponent(mobilityId)}/agreements`;
}

/**
 * Sends one learning agreement as multipart/form-data (the storage's checks refuse a file that is
 * not what its name says). Resolves once stored as the newest version; rejects with an AppError.
 */
export function uploadLearningAgreement(mobilityId: string, file: Blob & { name?: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('file', file, file.name ?? 'agreement');
    const xhr = new XMLHttpRequest();
    xhr.open('POST', agreementUploadUrl(mobilityId));
    xhr.withCredentials = true;
    xhr.setRequestHeader(UPLOAD_HEADER, '1');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.onload = () =>
      xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(uploadError(xhr.status, xhr.responseText));
    xhr.onerror = () => reject(uploadError(0, ''));
    xhr.onabort = () => reject({ code: 'UNKNOWN' } satisfies AppError);
    xhr.send(form);
  });
}
