import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { SignedIn } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { DataExportsService } from './data-exports.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => Errors.notFound('Data export') });

/** The download of a person's data export: their own only, streamed. */
@Controller('api/data-exports')
export class DataExportsController {
  constructor(private readonly exports: DataExportsService) {}

  @SignedIn()
  @Get(':id/tandem-data.zip')
  async download(
    @CurrentViewer() viewer: Viewer,
    @Param('id', uuid) id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const zip = await this.exports.download(viewer, id, String(req.id));
    await reply
      .header('content-type', 'application/zip')
      .header('content-disposition', 'attachment; filename="tandem-data.zip"')
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .send(zip);
  }
}
