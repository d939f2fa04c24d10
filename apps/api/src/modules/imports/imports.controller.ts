import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { isLocale } from '@tandem/shared-domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { csvLine } from '../../common/csv-cell';
import { Errors } from '../../common/domain-error';
import { StorageService } from '../../storage/storage.service';
import { toImportJobModel } from './import-job.mapper';
import { TUTOR_IMPORT_COLUMNS } from './tutor-import.parser';
import { tutorTemplateXlsx } from './tutor-import.template';
import { TutorImportService, UploadedFile } from './tutor-import.service';
import { invalid } from '../../common/field-error';

const CSRF_HEADER = 'x-tandem-upload';
const BOOL = /^(true|false)$/;

/** Tutor import: multipart upload (CSV or XLSX) and the templates (XLSX with a help sheet; CSV header only). */
@Controller('api/imports')
export class ImportsController {
  constructor(
    private readonly imports: TutorImportService,
    private readonly storage: StorageService,
  ) {}

  /**
   * multipart/form-data: `dryRun` (true|false), `sendInvitations` (true|false), optional
   * `countryCode` (ADMIN), then `file`. A dry run answers 200 `{ dryRun, totalRows, summary, errors }`;
   * an import answers 202 with the job (`importJob(id)` shows its progress).
   */
  @RequirePermission('tutorImport.run')
  @Post('tutors')
  @HttpCode(202)
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    if (req.headers[CSRF_HEADER] !== '1') throw Errors.forbidden(`Uploads need the ${CSRF_HEADER} header.`);
    if (!req.isMultipart()) throw Errors.validation([invalid('file', 'fileMultipart')]);
    const fields: Record<string, string> = {};
    let upload: UploadedFile | null = null;
    try {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          if (upload) throw Errors.validation([invalid('file', 'fileOnlyOne')]);
          upload = { fileName: part.filename, bytes: await part.toBuffer() };
        } else if (typeof part.value === 'string') {
          fields[part.fieldname] = part.value;
        }
      }
    } catch (e) {
      if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw Errors.validation([
          invalid('file', 'fileTooLarge', { megabytes: Math.floor(this.storage.maxBytes / 1024 / 1024) }),
        ]);
      }
      if ((e as { code?: string }).code?.startsWith('FST_'))
        throw Errors.validation([{ ...invalid('file', 'fileUpload'), message: (e as Error).message }]);
      throw e;
    }
    const errors = [];
    if (!upload) errors.push(invalid('file', 'required'));
    for (const f of ['dryRun', 'sendInvitations'])
      if (fields[f] !== undefined && !BOOL.test(fields[f])) errors.push(invalid(f, 'mustBeBoolean'));
    if (fields['countryCode'] !== undefined && !/^[A-Z]{2}$/.test(fields['countryCode']))
      errors.push(invalid('countryCode', 'countryCode'));
    if (errors.length || !upload) throw Errors.validation(errors);
    const countryCode = fields['countryCode'];
    if (fields['dryRun'] !== 'false') {
      reply.status(200);
      return { dryRun: true, ...(await this.imports.dryRun(viewer, upload, countryCode)) };
    }
    const job = await this.imports.start(
      viewer,
      upload,
      { countryCode, sendInvitations: fields['sendInvitations'] === 'true' },
      req.id,
    );
    return { dryRun: false, importJob: toImportJobModel(job) };
  }

  /**
   * The XLSX template: header row, one example row, and a "Help" sheet describing each column in
   * `?language=` (en, et, lv, lt, ru) or else the viewer's language.
   */
  @RequirePermission('tutorImport.run')
  @Get('tutors/template.xlsx')
  async templateXlsx(
    @CurrentViewer() viewer: Viewer,
    @Query('language') language: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (language !== undefined && !isLocale(language)) throw Errors.validation([invalid('language', 'language')]);
    const chosen = language ?? (await this.imports.language(viewer));
    const workbook = await tutorTemplateXlsx(isLocale(chosen) ? chosen : 'en');
    void reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="tutors-template-${isLocale(chosen) ? chosen : 'en'}.xlsx"`)
      .header('cache-control', 'no-store')
      .send(workbook);
  }

  /**
   * The CSV template is the header row only: CSV has no comments, and a help line would be read as
   * a tutor. The column help is in the XLSX template's "Help" sheet.
   */
  @RequirePermission('tutorImport.run')
  @Get('tutors/template.csv')
  template(@Res() reply: FastifyReply): void {
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="tutors-template.csv"')
      .header('cache-control', 'no-store')
      // A BOM so that Excel opens the file as UTF-8 (names with õ, ā, ė, ж).
      .send('\ufeff' + csvLine([...TUTOR_IMPORT_COLUMNS]));
  }
}
