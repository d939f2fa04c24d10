import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { readUpload, sendAttachment } from '../../storage/file-transfer';
import { StorageService } from '../../storage/storage.service';
import { MaterialsService } from './materials.service';
import { invalid } from '../../common/field-error';

/** File bytes do not travel through GraphQL: multipart upload in, streamed attachment out. */
@Controller('api')
export class MaterialsController {
  constructor(
    private readonly materials: MaterialsService,
    private readonly storage: StorageService,
  ) {}

  /**
   * multipart/form-data with `lockVersion`, optional `title`, then `file`. Answers the module's
   * new lockVersion; the draft is then read with the `module(id, draft: true)` query.
   */
  @RequirePermission('module.edit')
  @Post('modules/:moduleId/materials')
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Param('moduleId', new ParseUUIDPipe({ exceptionFactory: () => Errors.notFound('Module') })) moduleId: string,
    @Req() req: FastifyRequest,
  ): Promise<{ ok: true }> {
    const { fields, upload } = await readUpload(req, this.storage.maxBytes);
    const lockVersion = Number(fields['lockVersion']);
    const errors = [];
    if (!Number.isInteger(lockVersion)) errors.push(invalid('lockVersion', 'versionRequired'));
    if (!upload) errors.push(invalid('file', 'required'));
    if ((fields['title'] ?? '').length > 200) errors.push(invalid('title', 'maxLength', { max: 200 }));
    if (errors.length || !upload) throw Errors.validation(errors);
    await this.materials.addFile(viewer, moduleId, lockVersion, fields['title'] ?? '', upload, req.id);
    return { ok: true };
  }

  @SignedIn()
  @Get('files/:fileId')
  async download(
    @CurrentViewer() viewer: Viewer,
    @Param('fileId', new ParseUUIDPipe({ exceptionFactory: () => Errors.notFound('File') })) fileId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendAttachment(reply, this.storage, await this.materials.downloadable(viewer, fileId));
  }
}
