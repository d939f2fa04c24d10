import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { readUpload, sendAttachment } from '../../storage/file-transfer';
import { StorageService } from '../../storage/storage.service';
import { MobilitiesService } from './mobilities.service';

/** Learning agreements: multipart upload in (a new version each time), streamed attachment out. */
@Controller('api')
export class LearningAgreementsController {
  constructor(
    private readonly mobilities: MobilitiesService,
    private readonly storage: StorageService,
  ) {}

  /** multipart/form-data with one `file`: the mobility's learning agreement, as a new version. */
  @RequirePermission('mobility.record')
  @Post('mobilities/:mobilityId/agreements')
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Param('mobilityId', new ParseUUIDPipe({ exceptionFactory: () => Errors.notFound('Mobility') })) mobilityId: string,
    @Req() req: FastifyRequest,
  ): Promise<{ ok: true }> {
    const { upload } = await readUpload(req, this.storage.maxBytes);
    if (!upload) throw Errors.validation([invalid('file', 'required')]);
    await this.mobilities.addAgreement(viewer, mobilityId, upload, req.id);
    return { ok: true };
  }

  @RequirePermission('mobility.read')
  @Get('learning-agreements/:fileId')
  async download(
    @CurrentViewer() viewer: Viewer,
    @Param('fileId', new ParseUUIDPipe({ exceptionFactory: () => Errors.notFound('File') })) fileId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendAttachment(reply, this.storage, await this.mobilities.downloadable(viewer, fileId));
  }
}
