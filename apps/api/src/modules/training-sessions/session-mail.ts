import type { EntityManager } from 'typeorm';
import type { MailService } from '../mail/mail.service';
import type { MailKinds } from '../mail/templates';
import { formatForPerson } from './session-times';

type SessionMailKind = 'SESSION_CHANGED' | 'SESSION_CANCELLED' | 'ENROLMENT_PROMOTED' | 'SESSION_REMINDER';

export interface MailedSession {
  moduleTitle: Record<string, string>;
  startsAt: Date;
  timeZone: string;
  venue: string | null;
  onlineUrl: string | null;
}

/**
 * Renders a session mail for each person in their own language and time zone (their profile's zone,
 * else the session's), into the caller's transaction. Answers the outbox ids to dispatch after commit.
 */
export async function queueSessionMail<K extends SessionMailKind>(
  manager: EntityManager,
  mail: MailService,
  personIds: readonly string[],
  kind: K,
  session: MailedSession,
  extra: Omit<MailKinds[K], 'givenName' | 'moduleTitle' | 'when' | 'place'>,
): Promise<string[]> {
  if (!personIds.length) return [];
  const people: {
    id: string;
    email: string;
    given_name: string;
    preferred_language: string;
    time_zone: string | null;
  }[] = await manager.query(
    `SELECT id, email, given_name, preferred_language, time_zone FROM person WHERE id = ANY($1::uuid[]) AND deactivated_at IS NULL ORDER BY id`,
    [[...new Set(personIds)]],
  );
  const place = [session.venue, session.onlineUrl].filter(Boolean).join('\n');
  return mail.queueMany(
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
      } as MailKinds[K],
    })),
  );
}
