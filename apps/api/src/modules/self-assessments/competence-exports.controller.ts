import { isUuid } from '@tandem/shared-domain';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { CSV, sendDownload } from '../../storage/file-transfer';
import { AssessmentRoundsService } from './assessment-rounds.service';
import { CompetenceInsightsService } from './competence-insights.service';
import { insightsCsv } from './insights-csv';
import { ResearchExportService } from './research-export.service';
import { invalid } from '../../common/field-error';

// A BOM, so that spreadsheet programs read UTF-8.
const sendCsv = (reply: FastifyReply, fileName: string, body: string) =>
  sendDownload(reply, { contentType: CSV, fileName, body: `\uFEFF${body}` });

/** CSV downloads of the aggregates (same scope and suppression as the page) and the researchers' export. */
@Controller('api/competences')
export class CompetenceExportsController {
  constructor(
    private readonly insights: CompetenceInsightsService,
    private readonly research: ResearchExportService,
    private readonly rounds: AssessmentRoundsService,
  ) {}

  @RequirePermission('competenceInsights.read')
  @Get('insights.csv')
  async insightsCsv(
    @CurrentViewer() viewer: Viewer,
    @Query('roundId') roundId: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!isUuid(roundId)) throw Errors.validation([invalid('roundId', 'roundId')]);
    const view = await this.insights.insights(viewer, { roundId });
    await sendCsv(
      reply,
      `competence-insights-${view.round.round.kind.toLowerCase()}${view.round.round.moduleNumber ?? ''}.csv`,
      insightsCsv(view),
    );
  }

  @RequirePermission('research.export')
  @Get('research-ratings.csv')
  async ratings(@Query('editionId') editionId: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    if (editionId && !isUuid(editionId)) throw Errors.validation([invalid('editionId', 'editionId')]);
    const id = await this.rounds.editionId(editionId);
    if (!id) throw Errors.notFound('Edition');
    await sendCsv(reply, 'self-assessment-ratings-pseudonymised.csv', await this.research.ratingsCsv(id));
  }

  @RequirePermission('research.export')
  @Get('research-codebook.csv')
  async codebook(@Res() reply: FastifyReply): Promise<void> {
    await sendCsv(reply, 'self-assessment-ratings-codebook.csv', this.research.codebookCsv());
  }
}
