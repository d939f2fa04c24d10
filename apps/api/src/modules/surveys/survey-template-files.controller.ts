import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { isUuid, type FieldError } from '@tandem/shared-domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { isZip } from '../../common/spreadsheet';
import { readUpload, sendDownload, XLSX } from '../../storage/file-transfer';
import { StorageService } from '../../storage/storage.service';
import { templateXlsx } from './survey-template-files';
import { SurveyTemplateFilesService, type TemplateImportReport } from './survey-template-files.service';

/** A template of 100 questions in five languages is well under this; anything larger is not one. */
export const TEMPLATE_FILE_MAX_BYTES = 2 * 1024 * 1024;
const BOOL = /^(true|false)$/;
const templateId = (id: string) => {
  if (!isUuid(id)) throw Errors.notFound('Survey template');
  return id;
};
/** A JSON document starts with `{` (after a byte order mark or white space). */
const looksLikeJson = (bytes: Buffer) => /^\uFEFF?\s*\{/.test(bytes.subarray(0, 64).toString('utf8'));

/** A survey template as a JSON document (re-importable) and as a spreadsheet for translators; imports of both. */
@Controller('api/survey-templates')
export class SurveyTemplateFilesController {
  constructor(
    private readonly files: SurveyTemplateFilesService,
    private readonly storage: StorageService,
  ) {}

  @RequirePermission('surveyTemplate.export')
  @Get(':id/template.json')
  async json(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const document = await this.files.document(templateId(id));
    await sendDownload(reply, {
      contentType: 'application/json; charset=utf-8',
      fileName: `survey-template-${document.key}.json`,
      body: `${JSON.stringify(document, null, 2)}\n`,
    });
  }

  @RequirePermission('surveyTemplate.export')
  @Get(':id/translations.xlsx')
  async xlsx(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const document = await this.files.document(templateId(id));
    await sendDownload(reply, {
      contentType: XLSX,
      fileName: `survey-template-${document.key}-translations.xlsx`,
      body: await templateXlsx(document),
    });
  }

  /**
   * multipart/form-data: `dryRun` (true, the default: the report of what would change, nothing
   * written; false: apply in one transaction), `templateId` (for a spreadsheet: the template whose
   * texts it holds), then `file`: a template document (.json, created or replaced by its key) or a
   * translators' spreadsheet (.xlsx, texts only), told apart by their content.
   */
  @RequirePermission('surveyTemplate.manage')
  @Post('import')
  @HttpCode(200)
  async import(@CurrentViewer() viewer: Viewer, @Req() req: FastifyRequest): Promise<TemplateImportReport> {
    const { fields, upload } = await readUpload(req, this.storage.maxBytes);
    const errors: FieldError[] = [];
    if (!upload) errors.push(invalid('file', 'required'));
    else if (upload.bytes.length > TEMPLATE_FILE_MAX_BYTES)
      errors.push(invalid('file', 'fileTooLarge', { megabytes: TEMPLATE_FILE_MAX_BYTES / 1024 / 1024 }));
    else if (!isZip(upload.bytes) && !looksLikeJson(upload.bytes)) errors.push(invalid('file', 'templateFile'));
    if (fields['dryRun'] !== undefined && !BOOL.test(fields['dryRun'])) errors.push(invalid('dryRun', 'mustBeBoolean'));
    const spreadsheet = !!upload && isZip(upload.bytes);
    if (spreadsheet && !isUuid(fields['templateId'] ?? '')) errors.push(invalid('templateId', 'uuid'));
    if (errors.length || !upload) throw Errors.validation(errors, 'The file was not imported.');
    const dryRun = fields['dryRun'] !== 'false';
    return spreadsheet
      ? this.files.importXlsx(viewer, fields['templateId'], upload.bytes, dryRun, req.id)
      : this.files.importJson(viewer, upload.bytes, dryRun, req.id);
  }
}
