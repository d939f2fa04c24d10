import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { Public, RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { CalendarService } from './calendar.service';
import { EnrolmentReadsService } from './enrolment-reads.service';
import { rosterCsv, rosterXlsx } from './roster-export';
import { signInSheetPdf } from './sign-in-sheet';
import type { SessionView } from './session-views';
import { sendDownload } from '../../storage/file-transfer';

const uuid = (what: string) => new ParseUUIDPipe({ exceptionFactory: () => Errors.notFound(what) });
const ICS = 'text/calendar; charset=utf-8';
/** `roster-EE-N2-2026-11-02.csv`: the module and the day, as a trainer files it. */
const fileName = (what: string, session: SessionView, extension: string) =>
  `${what}-${session.moduleCode}-${session.startsAt.toISOString().slice(0, 10)}.${extension}`;

/** Files: the .ics of an enrolment, the private calendar feed, the roster as CSV or XLSX and its sign-in sheet. */
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
    await sendDownload(reply, {
      contentType: 'text/csv; charset=utf-8',
      fileName: fileName('roster', session, 'csv'),
      body: '\uFEFF' + rosterCsv(rows),
    });
  }

  @RequirePermission('session.run')
  @Get('sessions/:sessionId/roster.xlsx')
  async rosterXlsx(
    @CurrentViewer() viewer: Viewer,
    @Param('sessionId', uuid('Training session')) id: string,
    @Res() reply: FastifyReply,
  ) {
    const { session, rows } = await this.enrolments.rosterRows(viewer, id);
    await sendDownload(reply, {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName: fileName('roster', session, 'xlsx'),
      body: await rosterXlsx(rows, session.moduleCode),
    });
  }

  /** The printable sign-in sheet of the confirmed participants, in `lang` (else English). */
  @RequirePermission('session.run')
  @Get('sessions/:sessionId/sign-in-sheet.pdf')
  async signInSheet(
    @CurrentViewer() viewer: Viewer,
    @Param('sessionId', uuid('Training session')) id: string,
    @Query('lang') lang: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const { session, rows } = await this.enrolments.rosterRows(viewer, id);
    const people = rows.filter((r) => r.enrolmentStatus === 'CONFIRMED');
    await sendDownload(reply, {
      contentType: 'application/pdf',
      fileName: fileName('sign-in', session, 'pdf'),
      body: await signInSheetPdf(session, people, lang ?? ''),
    });
  }
}
