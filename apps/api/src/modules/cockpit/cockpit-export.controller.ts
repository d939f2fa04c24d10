import type { FieldError } from '@tandem/shared-domain';
import { isUuid } from '@tandem/shared-domain';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { CSV, sendDownload, XLSX } from '../../storage/file-transfer';
import { COMPLETION_STATUSES, type CompletionStatusValue } from '../completion/completion-status.entity';
import { ProgressService } from '../completion/progress.service';
import {
  burnUpSheet,
  EXPORT_TABLES,
  funnelSheet,
  matrixSheet,
  peopleSheet,
  toCsv,
  toXlsx,
  type ExportSheet,
  type ExportTable,
} from './cockpit-export';
import { CockpitService } from './cockpit.service';
import { invalid } from '../../common/field-error';

/**
 * Each cockpit table as CSV or XLSX: `GET /api/cockpit/export/:table?format=csv|xlsx` with the
 * drill-down filters (`editionId`, `countryCode`, `side`, `status`). Same scope as the screen:
 * the people table is refused to OBSERVERs, like the drill-down.
 */
@Controller('api/cockpit/export')
export class CockpitExportController {
  constructor(
    private readonly cockpit: CockpitService,
    private readonly progress: ProgressService,
  ) {}

  @RequirePermission('cockpit.read')
  @Get(':table')
  async export(
    @CurrentViewer() viewer: Viewer,
    @Param('table') table: string,
    @Query() query: Record<string, string | undefined>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const errors: FieldError[] = [];
    if (!EXPORT_TABLES.includes(table as ExportTable))
      errors.push(invalid('table', 'oneOf', { values: EXPORT_TABLES.join(', ') }));
    const format = query['format'] ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx') errors.push(invalid('format', 'fileFormat'));
    if (query['editionId'] && !isUuid(query['editionId'])) errors.push(invalid('editionId', 'uuid'));
    const countryCode = query['countryCode'] || null;
    if (countryCode && !/^[A-Z]{2}$/.test(countryCode)) errors.push(invalid('countryCode', 'countryCode'));
    const side = query['side'] || null;
    if (side && side !== 'SCHOOL' && side !== 'COMPANY') errors.push(invalid('side', 'side'));
    const status = query['status'] || null;
    if (status && !COMPLETION_STATUSES.includes(status as CompletionStatusValue))
      errors.push(invalid('status', 'completionStatus'));
    if (errors.length) throw Errors.validation(errors);
    const editionId = await this.progress.editionId(query['editionId']);
    let sheet: ExportSheet;
    if (table === 'people') {
      const filter = {
        countryCode,
        side: side as 'SCHOOL' | 'COMPANY' | null,
        status: status as CompletionStatusValue | null,
      };
      sheet = peopleSheet(await this.cockpit.allPeople(viewer, editionId, filter));
    } else {
      const progress = await this.cockpit.targetProgress(viewer, editionId);
      sheet =
        table === 'matrix' ? matrixSheet(progress) : table === 'funnel' ? funnelSheet(progress) : burnUpSheet(progress);
    }
    const body = format === 'csv' ? toCsv(sheet) : await toXlsx(sheet);
    await sendDownload(reply, {
      contentType: format === 'csv' ? CSV : XLSX,
      fileName: `cockpit-${table}.${format}`,
      body,
    });
  }
}
