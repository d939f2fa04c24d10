import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { StorageService } from '../../storage/storage.service';
import { SubmissionFilesService } from './submission-files.service';

/** Browsers send this custom header only from our own pages (it forces a CORS preflight elsewhere). */
const CSRF_HEADER = 'x-tandem-upload';

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Submission attachments: multipart upload in, streamed attachment out (the module materials' pattern). */
@Controller('api')
export class SubmissionFilesController {
  constructor(
    private readonly files: SubmissionFilesService,
    private readonly storage: StorageService,
  ) {}

  /** multipart/form-data with `lockVersion`, then `file`. Answers the submission's new lockVersion. */
  @RequirePermission('assignment.work')
  @Post('submissions/:submissionId/attachments')
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Param(
      'submissionId',
      new ParseUUIDPipe({
        exceptionFactory: () => Errors.notFound('Submission'),
      }),
    )
    submissionId: string,
    @Req() req: FastifyRequest,
  ): Promise<{ lockVersion: number }> {
    if (req.headers[CSRF_HEADER] !== '1') throw Errors.forbidden(`Uploads need the ${CSRF_HEADER} header.`);
    if (!req.isMultipart())
      throw Errors.validation([{ field: 'file', message: 'send the file as multipart/form-data' }]);
    const fields: Record<string, string> = {};
    let upload: { fileName: string; bytes: Buffer } | null = null;
    try {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          if (upload) throw Errors.validation([{ field: 'file', message: 'send one file at a time' }]);
          upload = { fileName: part.filename, bytes: await part.toBuffer() };
        } else if (typeof part.value === 'string') {
          fields[part.fieldname] = part.value;
        }
      }
    } catch (e) {
      if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw Errors.validation([
          {
            field: 'file',
            message: `is larger than ${Math.floor(this.storage.maxBytes / 1024 / 1024)} MB`,
          },
        ]);
      }
      if ((e as { code?: string }).code?.startsWith('FST_'))
        throw Errors.validation([{ field: 'file', message: (e as Error).message }]);
      throw e;
    }
    const lockVersion = Number(fields['lockVersion']);
    const errors = [];
    if (!Number.isInteger(lockVersion))
      errors.push({
        field: 'lockVersion',
        message: 'is required (the version of the submission you started from)',
      });
    if (!upload) errors.push({ field: 'file', message: 'is required' });
    if (errors.length || !upload) throw Errors.validation(errors);
    return {
      lockVersion: await this.files.add(viewer, submissionId, lockVersion, upload, req.id),
    };
  }

  @RequirePermission('submission.read')
  @Get('submission-files/:fileId')
  async download(
    @CurrentViewer() viewer: Viewer,
    @Param('fileId', new ParseUUIDPipe({ exceptionFactory: () => Errors.notFound('File') }))
    fileId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.files.downloadable(viewer, fileId);
    const stream = await this.storage.open(file);
    await reply
      .header('content-type', file.contentType)
      .header('content-length', String(file.sizeBytes))
      .header('content-disposition', contentDisposition(file.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(stream);
  }
}
