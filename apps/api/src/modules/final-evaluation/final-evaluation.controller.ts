import { isLocale, isUuid } from '@tandem/shared-domain';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { sendDownload } from '../../storage/file-transfer';
import { finalEvaluationPdf } from './final-evaluation-pdf';
import { FinalEvaluationService } from './final-evaluation.service';

/**
 * `GET /api/final-evaluation.pdf?editionId=&lang=`: the report as PDF, printed from the same
 * service result as the page (FinalEvaluationService.report), with the fixed texts in `lang`.
 */
@Controller('api')
export class FinalEvaluationController {
  constructor(private readonly service: FinalEvaluationService) {}

  @RequirePermission('finalEvaluation.read')
  @Get('final-evaluation.pdf')
  async pdf(
    @CurrentViewer() viewer: Viewer,
    @Query('editionId') editionId: string | undefined,
    @Query('lang') lang: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (editionId && !isUuid(editionId)) throw Errors.validation([invalid('editionId', 'uuid')]);
    if (lang && !isLocale(lang)) throw Errors.validation([invalid('lang', 'oneOf', { values: 'en, et, lv, lt, ru' })]);
    const report = await this.service.report(viewer, editionId || null, lang || null);
    await sendDownload(reply, {
      contentType: 'application/pdf',
      fileName: 'final-evaluation.pdf',
      body: await finalEvaluationPdf(report),
    });
  }
}
