import { toAppErrorCode, type AppError } from '@tandem/web-ui';

/**
 * Sends a translations workbook (XLSX) into a draft profile. Rejects with an AppError: the REST
 * error body is `{ error: { code, fields } }` (unknown codes read as UNKNOWN).
 */
export async function uploadProfileTranslations(profileId: string, file: File): Promise<void> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(`/api/competence-profiles/${profileId}/translations.xlsx`, {
    method: 'POST',
    headers: { 'x-tandem-upload': '1' },
    body: form,
  });
  if (res.ok) return;
  const body = (await res.json().catch(() => ({}))) as { error?: { code?: unknown; fields?: AppError['fields'] } };
  const error: AppError = {
    code: toAppErrorCode(body.error?.code),
    ...(body.error?.fields && { fields: body.error.fields }),
  };
  return Promise.reject(error);
}
