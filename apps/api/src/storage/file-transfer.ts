import type { FastifyReply, FastifyRequest } from 'fastify';
import { Errors } from '../common/domain-error';
import type { StorageService, Upload } from './storage.service';
import type { StoredFile } from './stored-file.entity';
import { invalid } from '../common/field-error';

/** Browsers send this custom header only from our own pages (it forces a CORS preflight elsewhere). */
export const UPLOAD_HEADER = 'x-tandem-upload';

/**
 * The fields and the one file of a multipart/form-data upload from our own pages. The size limit
 * and the multipart mistakes a client can make are VALIDATION_FAILED on `file`, never a 500; the
 * caller checks the fields and whether a file came.
 */
export async function readUpload(
  req: FastifyRequest,
  maxBytes: number,
): Promise<{ fields: Record<string, string>; upload: Upload | null }> {
  if (req.headers[UPLOAD_HEADER] !== '1') throw Errors.forbidden(`Uploads need the ${UPLOAD_HEADER} header.`);
  if (!req.isMultipart()) throw Errors.validation([invalid('file', 'fileMultipart')]);
  const fields: Record<string, string> = {};
  let upload: Upload | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (upload) throw Errors.validation([invalid('file', 'fileOnlyOne')]);
        upload = { fileName: part.filename, bytes: await part.toBuffer() };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw Errors.validation([invalid('file', 'fileTooLarge', { megabytes: Math.floor(maxBytes / 1024 / 1024) })]);
    if (code?.startsWith('FST_'))
      throw Errors.validation([{ ...invalid('file', 'fileUpload'), message: (e as Error).message }]);
    throw e;
  }
  return { fields, upload };
}

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Streams a stored file as an attachment that the browser never renders or sniffs. */
export async function sendAttachment(reply: FastifyReply, storage: StorageService, file: StoredFile): Promise<void> {
  const stream = await storage.open(file);
  await reply
    .header('content-type', file.contentType)
    .header('content-length', String(file.sizeBytes))
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(stream);
}

export const CSV = 'text/csv; charset=utf-8';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a generated file (an export) as a download that is neither cached nor sniffed. */
export async function sendDownload(
  reply: FastifyReply,
  download: { contentType: string; fileName: string; body: string | Buffer },
): Promise<void> {
  await reply
    .header('content-type', download.contentType)
    .header('content-disposition', `attachment; filename="${download.fileName}"`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(download.body);
}
