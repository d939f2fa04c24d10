import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { Public, RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { CalendarService } from './calendar.service';
import { EnrolmentReadsService } from './enrolment-reads.service';
import { rosterCsv, rosterXlsx } from './roster-export';

const uuid = (what: string) => new ParseUUIDPipe({ exceptionFactory: () => Errors.notFound(what) });
const ICS = 'text/calendar; charset=utf-8';

/** Files: the .ics of an enrolment, the private calendar feed, and the roster as CSV or XLSX. */
@Controller('api')
export class TrainingSessionsController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly enrolments: EnrolmentReadsService,
  ) {}

  @SignedIn()
  @Get('enrolments/:enrolmentId/calendar.ics')
  async enrolmentCalendar(
    @CurrentViewer() viewer: Viewer,
    @Param('enrolmentId', uuid('Enrolment')) id: string,
    @Res() reply: FastifyReply,
  ) {
    const body = await this.calendar.forEnrolment(viewer, id);
    await reply
      .header('content-type', ICS)
      .header('content-disposition', 'attachment; filename="tandem-session.ics"')
      .header('cache-control', 'no-store')
      .send(body);
  }

  /** Public by design: the secret token in the path is the credential (calendar apps cannot sign in). */
  @Public()
  @Get('calendar/feed/:file')
  async feed(@Param('file') file: string, @Res() reply: FastifyReply) {
    const match = /^([A-Za-z0-9_-]{43})\.ics$/.exec(file);
    if (!match) throw Errors.notFound('Calendar feed');
    const body = await this.calendar.feed(match[1]);
    await reply
      .header('content-type', ICS)
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .send(body);
  }

  @RequirePermission('session.run')
  @Get('sessions/:sessionId/roster.csv')
  async rosterCsv(
    @CurrentViewer() viewer: Viewer,
    @Param('sessionId', uuid('Training session')) id: string,
    @Res() reply: FastifyReply,
  ) {
    const { session, rows } = await this.enrolments.rosterRows(viewer, id);
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="roster-${session.moduleCode}-${session.startsAt.toISOString().slice(0, 10)}.csv"`,
      )
      .header('cache-control', 'no-store')
      .send('\uFEFF' + rosterCsv(rows));
  }

  @RequirePermission('session.run')
  @Get('sessions/:sessionId/roster.xlsx')
  async rosterXlsx(
    @CurrentViewer() viewer: Viewer,
    @Param('sessionId', uuid('Training session')) id: string,
    @Res() reply: FastifyReply,
  ) {
    const { session, rows } = await this.enrolments.rosterRows(viewer, id);
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header(
        'content-disposition',
        `attachment; filename="roster-${session.moduleCode}-${session.startsAt.toISOString().slice(0, 10)}.xlsx"`,
      )
      .header('cache-control', 'no-store')
      .send(await rosterXlsx(rows, session.moduleCode));
  }
}
