import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { CSV, readUpload, sendDownload, XLSX } from '../../storage/file-transfer';
import { StorageService } from '../../storage/storage.service';
import { GlossaryImportService, type GlossaryImportReport } from './glossary-import.service';
import { GlossaryService } from './glossary.service';
import { conceptsCsv, conceptsXlsx } from './io/glossary-table';
import { conceptsTbx } from './io/glossary-tbx';
import type { FieldError } from '@tandem/shared-domain';
import { invalid } from '../../common/field-error';

const TBX = 'application/x-tbx+xml; charset=utf-8';
const BOOL = /^(true|false)$/;
const stamp = () => new Date().toISOString().slice(0, 10);

/** The dictionary as files: export (CSV, XLSX, TBX) for everyone who reads it; import for editors. */
@Controller('api/glossary')
export class GlossaryFilesController {
  constructor(
    private readonly glossary: GlossaryService,
    private readonly imports: GlossaryImportService,
    private readonly storage: StorageService,
  ) {}

  @RequirePermission('glossary.export')
  @Get('export.csv')
  async csv(@Res() reply: FastifyReply): Promise<void> {
    const body = conceptsCsv(await this.glossary.exportConcepts());
    await sendDownload(reply, { contentType: CSV, fileName: `dictionary-${stamp()}.csv`, body });
  }

  @RequirePermission('glossary.export')
  @Get('export.xlsx')
  async xlsx(@Res() reply: FastifyReply): Promise<void> {
    const body = await conceptsXlsx(await this.glossary.exportConcepts());
    await sendDownload(reply, { contentType: XLSX, fileName: `dictionary-${stamp()}.xlsx`, body });
  }

  @RequirePermission('glossary.export')
  @Get('export.tbx')
  async tbx(@Res() reply: FastifyReply): Promise<void> {
    const body = conceptsTbx(await this.glossary.exportConcepts());
    await sendDownload(reply, { contentType: TBX, fileName: `dictionary-${stamp()}.tbx`, body });
  }

  /**
   * multipart/form-data: `dryRun` (true, the default: a preview with the row errors, nothing written;
   * false: apply all rows or none), then `file` (.csv, .xlsx or .tbx).
   */
  @RequirePermission('glossary.edit')
  @Post('import')
  @HttpCode(200)
  async import(
    @CurrentViewer() viewer: Viewer,
    @Req() req: FastifyRequest,
  ): Promise<{ dryRun: boolean } & GlossaryImportReport> {
    const { fields, upload } = await readUpload(req, this.storage.maxBytes);
    const errors: FieldError[] = [];
    if (!upload) errors.push(invalid('file', 'required'));
    if (fields['dryRun'] !== undefined && !BOOL.test(fields['dryRun'])) errors.push(invalid('dryRun', 'mustBeBoolean'));
    if (errors.length || !upload) throw Errors.validation(errors);
    if (fields['dryRun'] === 'false')
      return { dryRun: false, ...(await this.imports.apply(viewer, upload.fileName, upload.bytes, req.id)) };
    return { dryRun: true, ...(await this.imports.preview(viewer, upload.fileName, upload.bytes)) };
  }
}
