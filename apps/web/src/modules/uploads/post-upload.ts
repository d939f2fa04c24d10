import { errorDetails, readFieldErrors, toAppErrorCode, type AppError } from '@tandem/web-ui';
import { sessionEvents } from '../session/session-events';

/** A refused upload: what the UI shows (AppError) and the whole error body, for details that are lists. */
export interface UploadError extends AppError {
  body: Record<string, unknown>;
}

/**
 * Posts a multipart form to one of the API's upload routes (`x-tandem-upload` is their guard against
 * forms posted from other sites) and answers the JSON body; rejects with an UploadError read from
 * the REST error body `{ error: { code, message, fields, requestId, ... } }`.
 */
export async function postUpload<T>(url: string, form: FormData): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'x-tandem-upload': '1', accept: 'application/json' },
      body: form,
    });
  } catch {
    return Promise.reject({ code: 'NETWORK', body: {} } satisfies UploadError);
  }
  const body = (await res.json().catch(() => ({}))) as { error?: Record<string, unknown> };
  if (res.ok && !body.error) return body as T;
  const error = body.error ?? {};
  const code = toAppErrorCode(error['code'] ?? (res.status === 413 ? 'VALIDATION_FAILED' : undefined));
  if (code === 'UNAUTHENTICATED') sessionEvents.expired();
  const fields = readFieldErrors(error['fields']);
  const details = errorDetails(error);
  const refused: UploadError = {
    code,
    body: error,
    ...(typeof error['message'] === 'string' && { serverMessage: error['message'] }),
    ...(typeof error['requestId'] === 'string' && { correlationId: error['requestId'] }),
    ...(fields.length && { fields }),
    ...(details && { details }),
  };
  return Promise.reject(refused);
}
