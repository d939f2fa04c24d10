import type { EntityManager } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { SessionView, sessionViewsWhere } from './session-views';

/**
 * Which sessions the viewer sees, as a SQL condition on `s` with its parameters (numbered from `from`).
 * Joint sessions are open to everyone; national ones to their country's coordinators, trainers and
 * observers, to the tutors of that country, and to the trainers assigned to them.
 */
export async function visibleSessionsCondition(
  manager: EntityManager,
  viewer: Viewer,
  from: number,
): Promise<{ sql: string; params: unknown[] }> {
  const countries = Access.countries(viewer, 'session.readCountry');
  if (countries === 'ALL') return { sql: 'true', params: [] };
  const tutorCountries: { code: string }[] = Access.allows(viewer, 'tutor.self')
    ? await manager.query(
        `SELECT o.country_code::text AS code FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id WHERE tp.person_id = $1`,
        [viewer.personId],
      )
    : [];
  const all = [...new Set([...countries, ...tutorCountries.map((c) => c.code)])];
  return {
    sql: `(s.country_code IS NULL OR s.country_code = ANY($${from}::text[])
           OR EXISTS (SELECT 1 FROM session_trainer vt WHERE vt.session_id = s.id AND vt.person_id = $${from + 1}))`,
    params: [all, viewer.personId],
  };
}

/** Who schedules and changes sessions: ADMIN for joint modules; the country's COORDINATOR or TRAINER for national ones. */
export function canScheduleFor(viewer: Viewer, module: { kind: string; countryCode: string | null }): boolean {
  if (module.kind === 'JOINT') return Access.isAdmin(viewer);
  return Access.can(viewer, 'session.schedule', {
    countryCode: module.countryCode,
  });
}

export function canEditSession(viewer: Viewer, session: Pick<SessionView, 'moduleKind' | 'countryCode'>): boolean {
  return canScheduleFor(viewer, {
    kind: session.moduleKind,
    countryCode: session.countryCode,
  });
}

/** The roster and attendance: whoever may edit the session, and the trainers assigned to it. */
export function canKeepRoster(
  viewer: Viewer,
  session: Pick<SessionView, 'moduleKind' | 'countryCode' | 'trainers'>,
): boolean {
  return canEditSession(viewer, session) || session.trainers.some((t) => t.id === viewer.personId);
}

/** One session the viewer may see, read through `manager`; NOT_FOUND otherwise. */
export async function findVisibleSession(manager: EntityManager, viewer: Viewer, id: string): Promise<SessionView> {
  const visible = await visibleSessionsCondition(manager, viewer, 3);
  const [view] = await sessionViewsWhere(manager, viewer.personId, `s.id = $2 AND ${visible.sql}`, [
    id,
    ...visible.params,
  ]);
  if (!view) throw Errors.notFound('Training session');
  return view;
}
