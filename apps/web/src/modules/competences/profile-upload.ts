import { postUpload } from '../uploads/post-upload';

/** Sends a translations workbook (XLSX) into a draft profile. Rejects with an UploadError (an AppError). */
export async function uploadProfileTranslations(profileId: string, file: File): Promise<void> {
  const form = new FormData();
  form.append('file', file);
  await postUpload<unknown>(`/api/competence-profiles/${profileId}/translations.xlsx`, form);
}
