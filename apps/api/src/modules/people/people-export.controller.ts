import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { csvLine } from '../../common/csv-cell';
import { CSV, sendDownload } from '../../storage/file-transfer';
import { PeopleFilterArgs } from './dto/people.args';
import { PeopleDirectoryService } from './people-directory.service';
import { toPersonModel } from './person.mapper';

const HEADER = ['family_name', 'given_name', 'email', 'organisation', 'country', 'status', 'roles'];

/**
 * The people list as CSV: `GET /api/people/export.csv` with the list's filters (search, role,
 * countryCode, organisationId, status), validated like the `people` query and in the same scope.
 */
@Controller('api/people')
export class PeopleExportController {
  constructor(private readonly directory: PeopleDirectoryService) {}

  @RequirePermission('person.directory')
  @Get('export.csv')
  async export(
    @CurrentViewer() viewer: Viewer,
    @Query() filter: PeopleFilterArgs,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { people, truncated } = await this.directory.exportList(viewer, filter);
    const lines = people
      .map(toPersonModel)
      .map((p) =>
        csvLine([
          p.familyName,
          p.givenName,
          p.email,
          p.organisation?.name,
          p.countryCode,
          p.status,
          p.roles.map((g) => [g.role, g.organisation?.name ?? g.countryCode].filter(Boolean).join(' ')).join('; '),
        ]),
      );
    if (truncated) reply.header('x-tandem-truncated', 'true');
    // A BOM, so that spreadsheet programs read UTF-8.
    await sendDownload(reply, {
      contentType: CSV,
      fileName: 'people.csv',
      body: `\uFEFF${csvLine(HEADER)}${lines.join('')}`,
    });
  }
}
