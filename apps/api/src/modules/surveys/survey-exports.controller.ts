import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { isUuid } from '@tandem/shared-domain';
import type { FastifyReply } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { csvOf } from '../../common/csv-cell';
import { workbookOf } from '../../common/spreadsheet';
import { CSV, sendDownload, XLSX } from '../../storage/file-transfer';
import { codebookTable, resultsTable } from './survey-csv';
import { SurveyResearchService } from './survey-research.service';
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
    private readonly research: SurveyResearchService,
  ) {}

  @RequirePermission('survey.results')
  @Get(':id/results.csv')
  resultsCsv(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Query('countryCode') countryCode: string | undefined,
    @Query('side') side: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.resultsFile(viewer, id, 'csv', countryCode, side, reply);
  }

  @RequirePermission('survey.results')
  @Get(':id/results.xlsx')
  resultsXlsx(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Query('countryCode') countryCode: string | undefined,
    @Query('side') side: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.resultsFile(viewer, id, 'xlsx', countryCode, side, reply);
  }

  private async resultsFile(
    viewer: Viewer,
    id: string,
    kind: 'csv' | 'xlsx',
    countryCode: string | undefined,
    side: string | undefined,
    reply: FastifyReply,
  ): Promise<void> {
    if (side && side !== 'SCHOOL' && side !== 'COMPANY') throw Errors.validation([invalid('side', 'side')]);
    if (countryCode && !/^[A-Z]{2}$/.test(countryCode))
      throw Errors.validation([invalid('countryCode', 'countryCode')]);
    const view = await this.results.results(viewer, { surveyId: surveyId(id), countryCode, side, language: 'en' });
    const name = `survey-results-${id.slice(0, 8)}`;
    if (kind === 'csv') return sendCsv(reply, `${name}.csv`, csvOf(resultsTable(view)));
    // The workbook carries the codebook as its second sheet, so the file explains itself.
    const codebook = codebookTable(await this.surveys.get(viewer, id, 'en'));
    await sendDownload(reply, {
      contentType: XLSX,
      fileName: `${name}.xlsx`,
      body: await workbookOf([resultsTable(view), codebook]),
    });
  }

  @RequirePermission('survey.results')
  @Get(':id/codebook.csv')
  async codebook(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.results.assertReadable(viewer, surveyId(id));
    await sendCsv(
      reply,
      `survey-codebook-${id.slice(0, 8)}.csv`,
      csvOf(codebookTable(await this.surveys.get(viewer, id, 'en'))),
    );
  }

  /** Person-level answers of consenting respondents of CONFIDENTIAL and NAMED surveys, pseudonymised. */
  @RequirePermission('research.export')
  @Get('research-answers.csv')
  researchCsv(@Query('editionId') editionId: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    return this.researchFile(editionId, 'csv', reply);
  }

  @RequirePermission('research.export')
  @Get('research-answers.xlsx')
  researchXlsx(@Query('editionId') editionId: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    return this.researchFile(editionId, 'xlsx', reply);
  }

  private async researchFile(editionId: string | undefined, kind: 'csv' | 'xlsx', reply: FastifyReply): Promise<void> {
    if (editionId !== undefined && !isUuid(editionId)) throw Errors.validation([invalid('editionId', 'editionId')]);
    const answers = await this.research.answersTable(await this.research.editionId(editionId));
    const name = 'survey-answers-pseudonymised';
    if (kind === 'csv') return sendCsv(reply, `${name}.csv`, csvOf(answers));
    await sendDownload(reply, {
      contentType: XLSX,
      fileName: `${name}.xlsx`,
      body: await workbookOf([answers, this.research.codebookTable()]),
    });
  }

  @RequirePermission('research.export')
  @Get('research-codebook.csv')
  async researchCodebook(@Res() reply: FastifyReply): Promise<void> {
    await sendCsv(reply, 'survey-answers-codebook.csv', csvOf(this.research.codebookTable()));
  }
}
