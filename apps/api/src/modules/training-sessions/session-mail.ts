import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailService } from '../mail/mail.service';
import type { MailKinds } from '../mail/templates';
import { formatForPerson } from './session-times';
import { TrainingSessionsRepository } from './training-sessions.repository';

type SessionMailKind =
  | 'SESSION_CHANGED'
  | 'SESSION_CANCELLED'
  | 'ENROLMENT_PROMOTED'
  | 'SESSION_REMINDER'
  | 'TANDEM_BOOKED'
  | 'TANDEM_CANCELLED'
  | 'TANDEM_MOVED';

export interface MailedSession {
  moduleTitle: Record<string, string>;
  startsAt: Date;
  timeZone: string;
  venue: string | null;
  onlineUrl: string | null;
}

/** Session mails, each in the person's own language and time zone (their profile's zone, else the session's). */
@Injectable()
export class SessionMailer {
  constructor(
    private readonly sessions: TrainingSessionsRepository,
    private readonly mail: MailService,
  ) {}

  /**
   * Renders into the caller's transaction; answers the outbox ids to dispatch after commit. `from`, for
   * a move, is the session left: its time goes in as `fromWhen`, in the person's language and zone.
   */
  async queue<K extends SessionMailKind>(
    manager: EntityManager,
    personIds: readonly string[],
    kind: K,
    session: MailedSession,
    extra: Omit<MailKinds[K], 'givenName' | 'moduleTitle' | 'when' | 'place' | 'fromWhen'>,
    from?: MailedSession,
  ): Promise<string[]> {
    if (!personIds.length) return [];
    const people = await this.sessions.recipients(manager, personIds);
    const place = [session.venue, session.onlineUrl].filter(Boolean).join('\n');
    return this.mail.queueMany(
      manager,
      people.map((p) => ({
        to: p.email,
        recipientPersonId: p.id,
        language: p.preferred_language,
        kind,
        params: {
          ...extra,
          givenName: p.given_name,
          moduleTitle: session.moduleTitle[p.preferred_language] ?? session.moduleTitle['en'] ?? '',
          when: formatForPerson(session.startsAt, p.time_zone ?? session.timeZone, p.preferred_language),
          place,
          ...(from && {
            fromWhen: formatForPerson(from.startsAt, p.time_zone ?? from.timeZone, p.preferred_language),
          }),
        } as MailKinds[K],
      })),
    );
  }

  dispatch(ids: readonly string[]): Promise<void> {
    return this.mail.dispatch(ids);
  }
}
