import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { readUpload, sendAttachment } from '../../storage/file-transfer';
import { StorageService } from '../../storage/storage.service';
import { SubmissionFilesService } from './submission-files.service';
import { invalid } from '../../common/field-error';

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
    const { fields, upload } = await readUpload(req, this.storage.maxBytes);
    const lockVersion = Number(fields['lockVersion']);
    const errors = [];
    if (!Number.isInteger(lockVersion)) errors.push(invalid('lockVersion', 'versionRequired'));
    if (!upload) errors.push(invalid('file', 'required'));
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
    await sendAttachment(reply, this.storage, await this.files.downloadable(viewer, fileId));
  }
}
