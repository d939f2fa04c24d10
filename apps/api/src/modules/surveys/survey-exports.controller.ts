import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { isUuid } from '@tandem/shared-domain';
import type { FastifyReply } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { CSV, sendDownload } from '../../storage/file-transfer';
import { codebookCsv, resultsCsv } from './survey-csv';
import { SurveyResultsService } from './survey-results.service';
import { SurveysService } from './surveys.service';
import { invalid } from '../../common/field-error';

// A BOM, so that spreadsheet programs read UTF-8.
const sendCsv = (reply: FastifyReply, fileName: string, body: string) =>
  sendDownload(reply, { contentType: CSV, fileName, body: `\uFEFF${body}` });

const surveyId = (id: string) => {
  if (!isUuid(id)) throw Errors.validation([invalid('surveyId', 'surveyId')]);
  return id;
};

/** CSV downloads of a survey's results (the viewer's scope and the same suppression as the page) and its codebook. */
@Controller('api/surveys')
export class SurveyExportsController {
  constructor(
    private readonly results: SurveyResultsService,
    private readonly surveys: SurveysService,
  ) {}

  @RequirePermission('survey.results')
  @Get(':id/results.csv')
  async resultsCsv(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Query('countryCode') countryCode: string | undefined,
    @Query('side') side: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (side && side !== 'SCHOOL' && side !== 'COMPANY') throw Errors.validation([invalid('side', 'side')]);
    if (countryCode && !/^[A-Z]{2}$/.test(countryCode))
      throw Errors.validation([invalid('countryCode', 'countryCode')]);
    const view = await this.results.results(viewer, { surveyId: surveyId(id), countryCode, side, language: 'en' });
    await sendCsv(reply, `survey-results-${id.slice(0, 8)}.csv`, resultsCsv(view));
  }

  @RequirePermission('survey.results')
  @Get(':id/codebook.csv')
  async codebook(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.results.assertReadable(viewer, surveyId(id));
    await sendCsv(
      reply,
      `survey-codebook-${id.slice(0, 8)}.csv`,
      codebookCsv(await this.surveys.get(viewer, id, 'en')),
    );
  }
}
