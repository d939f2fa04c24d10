import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { calendarTexts } from './calendar-texts';
import { CalendarFeed } from './calendar-feed.entity';
import { EnrolmentsService } from './enrolments.service';
import { NO_VIEWER, SessionView, sessionViewsWhere } from './session-views';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

interface Entry {
  session: SessionView;
  cancelled: boolean;
}

/**
 * RFC 5545 calendar files. One UID per session (`<session id>@tandem`), so a change replaces the
 * entry and a cancellation removes it (METHOD:CANCEL, STATUS:CANCELLED, a higher SEQUENCE). Times
 * are written in UTC, which every calendar shows in its own local time; texts are in the person's language.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly enrolments: EnrolmentsService,
  ) {}

  private async languageOf(personId: string): Promise<string> {
    const [p]: { preferred_language: string }[] = await this.db.query(
      `SELECT preferred_language FROM person WHERE id = $1`,
      [personId],
    );
    return p?.preferred_language ?? 'en';
  }

  private render(entries: Entry[], language: string, method: ICalCalendarMethod | null): string {
    const texts = calendarTexts(language);
    const calendar = ical({
      name: texts.feed,
      prodId: {
        company: 'Tandem',
        product: 'Tandem',
        language: language.toUpperCase(),
      },
    });
    if (method) calendar.method(method);
    for (const { session, cancelled } of entries) {
      const title = session.moduleTitle[language] ?? session.moduleTitle['en'] ?? session.moduleCode;
      const description = [
        `${session.moduleCode}: ${title}`,
        session.onlineUrl ? `${texts.online}: ${session.onlineUrl}` : null,
        session.trainers.length ? `${texts.trainers}: ${session.trainers.map((t) => t.name).join(', ')}` : null,
      ].filter(Boolean);
      calendar.createEvent({
        id: `${session.id}@tandem`,
        // A cancelled enrolment of a running session is a change for this person: one step above the session's own.
        sequence: session.sequence + (cancelled && session.status !== 'CANCELLED' ? 1 : 0),
        start: session.startsAt,
        end: session.endsAt,
        stamp: new Date(),
        summary: cancelled ? `${texts.cancelled}: ${title}` : title,
        description: description.join('\n'),
        location: session.venue ?? (session.onlineUrl ? `${texts.online}: ${session.onlineUrl}` : null),
        url: session.onlineUrl,
        status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return calendar.toString();
  }

  /** The .ics of one enrolment, for a person it seats (or whoever may read the enrolment). */
  async forEnrolment(viewer: Viewer, enrolmentId: string): Promise<string> {
    const enrolment = await this.enrolments.get(viewer, enrolmentId);
    const [session] = await sessionViewsWhere(this.db.manager, viewer.personId, 's.id = $2', [enrolment.sessionId]);
    const cancelled = enrolment.status === 'CANCELLED' || session.status === 'CANCELLED';
    return this.render(
      [{ session, cancelled }],
      await this.languageOf(viewer.personId),
      cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    );
  }

  /** The private feed: every enrolment of the person (cancelled ones as CANCELLED entries, so subscribed calendars drop them). */
  async feed(token: string): Promise<string> {
    const feed = await this.db.getRepository(CalendarFeed).findOneBy({ tokenHash: hashToken(token) });
    if (!feed) throw Errors.notFound('Calendar feed');
    const rows: { session_id: string; cancelled: boolean }[] = await this.db.query(
      `SELECT DISTINCT ON (ep.session_id) ep.session_id, bool_and(ep.enrolment_status = 'CANCELLED') OVER (PARTITION BY ep.session_id) AS cancelled
         FROM enrolment_person ep WHERE ep.person_id = $1 ORDER BY ep.session_id`,
      [feed.personId],
    );
    const sessions = rows.length
      ? await sessionViewsWhere(this.db.manager, NO_VIEWER, 's.id = ANY($2::uuid[])', [rows.map((r) => r.session_id)])
      : [];
    const cancelledOf = new Map(rows.map((r) => [r.session_id, r.cancelled]));
    return this.render(
      sessions.map((session) => ({
        session,
        cancelled: cancelledOf.get(session.id) === true || session.status === 'CANCELLED',
      })),
      await this.languageOf(feed.personId),
      null,
    );
  }

  /** A new secret feed URL; the previous one stops working. */
  async createFeed(viewer: Viewer): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db.query(
      `INSERT INTO calendar_feed (person_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (person_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = now()`,
      [viewer.personId, hashToken(token)],
    );
    return `/api/calendar/feed/${token}.ics`;
  }

  async revokeFeed(viewer: Viewer): Promise<boolean> {
    const result = await this.db.getRepository(CalendarFeed).delete({ personId: viewer.personId });
    return (result.affected ?? 0) > 0;
  }

  async hasFeed(viewer: Viewer): Promise<boolean> {
    return this.db.getRepository(CalendarFeed).existsBy({ personId: viewer.personId });
  }
}
