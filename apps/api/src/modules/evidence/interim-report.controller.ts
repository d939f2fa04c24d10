import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { isLocale } from '@tandem/shared-domain';
import type { FastifyReply } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { EvidenceRepository } from './evidence.repository';
import { InterimReportService } from './interim-report';
import { renderInterimReportPdf } from './interim-report-pdf';

/** The report of an interim analysis as a PDF: the findings and actions the page shows, fixed texts in `lang`. */
@Controller('api/interim-analyses')
export class InterimReportController {
  constructor(
    private readonly reports: InterimReportService,
    private readonly evidence: EvidenceRepository,
  ) {}

  @RequirePermission('evidence.read')
  @Get(':id/report.pdf')
  async pdf(
    @CurrentViewer() viewer: Viewer,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => Errors.notFound('Interim analysis') })) id: string,
    @Query('lang') lang: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const report = await this.reports.report(viewer, id);
    const language =
      lang && isLocale(lang) ? lang : await this.evidence.language(this.evidence.manager, viewer.personId);
    const pdf = await renderInterimReportPdf(report, language);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="interim-analysis-${language}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  }
}
