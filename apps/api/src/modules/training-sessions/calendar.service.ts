import { Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { createHash, randomBytes } from 'node:crypto';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { calendarTexts } from './calendar-texts';
import { CalendarRepository } from './calendar.repository';
import { EnrolmentReadsService } from './enrolment-reads.service';
import type { SessionView } from './session-views';
import { TrainingSessionsRepository } from './training-sessions.repository';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

interface Entry {
  session: SessionView;
  cancelled: boolean;
}

/**
 * RFC 5545 calendar files. One UID per session (`<session id>@tandem`), so a change replaces the
 * entry and a cancellation removes it (METHOD:CANCEL, STATUS:CANCELLED). The SEQUENCE of a person's
 * entry only grows: each new state is issued one above the last one issued to them (calendar_sequence),
 * so a re-booking after a cancellation replaces the cancellation. Times are written in UTC, which every
 * calendar shows in its own local time; texts are in the person's language.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly repo: CalendarRepository,
    private readonly sessions: TrainingSessionsRepository,
    private readonly enrolments: EnrolmentReadsService,
  ) {}

  private async render(personId: string, entries: Entry[], method: ICalCalendarMethod | null): Promise<string> {
    const language = (await this.repo.languageOf(personId)) ?? 'en';
    const sequences = await this.repo.sequences(
      personId,
      entries.map(({ session, cancelled }) => ({
        sessionId: session.id,
        cancelled,
        sessionSequence: session.sequence,
        // A cancelled seat of a running session is a change for this person: one step above the session's own.
        floor: session.sequence + (cancelled && session.status !== 'CANCELLED' ? 1 : 0),
      })),
    );
    const texts = calendarTexts(language);
    const calendar = ical({
      name: texts.feed,
      prodId: { company: 'Tandem', product: 'Tandem', language: language.toUpperCase() },
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
        sequence: sequences.get(session.id) ?? session.sequence,
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
    const [session] = await this.sessions.views(this.sessions.manager, viewer.personId, { ids: [enrolment.sessionId] });
    const cancelled = enrolment.status === 'CANCELLED' || session.status === 'CANCELLED';
    return this.render(
      viewer.personId,
      [{ session, cancelled }],
      cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    );
  }

  /** The private feed: every enrolment of the person (cancelled ones as CANCELLED entries, so subscribed calendars drop them). */
  async feed(token: string): Promise<string> {
    const personId = await this.repo.feedOwner(hashToken(token));
    if (!personId) throw Errors.notFound('Calendar feed');
    const rows = await this.repo.entriesOf(personId);
    const sessions = await this.sessions.viewsOf(
      this.sessions.manager,
      rows.map((r) => r.session_id),
    );
    const cancelledOf = new Map(rows.map((r) => [r.session_id, r.cancelled]));
    return this.render(
      personId,
      sessions.map((session) => ({
        session,
        cancelled: cancelledOf.get(session.id) === true || session.status === 'CANCELLED',
      })),
      null,
    );
  }

  /** A new secret feed URL; the previous one stops working. */
  async createFeed(viewer: Viewer): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.repo.saveFeed(viewer.personId, hashToken(token));
    return `/api/calendar/feed/${token}.ics`;
  }

  revokeFeed(viewer: Viewer): Promise<boolean> {
    return this.repo.deleteFeed(viewer.personId);
  }

  hasFeed(viewer: Viewer): Promise<boolean> {
    return this.repo.hasFeed(viewer.personId);
  }
}
