import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import type { SessionView } from './session-views';
import { TrainingSessionsRepository } from './training-sessions.repository';

/** Who schedules and changes sessions: ADMIN for joint modules; the country's COORDINATOR or TRAINER for national ones. */
export function canScheduleFor(viewer: Viewer, module: { kind: string; countryCode: string | null }): boolean {
  if (module.kind === 'JOINT') return Access.isAdmin(viewer);
  return Access.can(viewer, 'session.schedule', { countryCode: module.countryCode });
}

export function canEditSession(viewer: Viewer, session: Pick<SessionView, 'moduleKind' | 'countryCode'>): boolean {
  return canScheduleFor(viewer, { kind: session.moduleKind, countryCode: session.countryCode });
}

/** The roster and attendance: whoever may edit the session, and the trainers assigned to it. */
export function canKeepRoster(
  viewer: Viewer,
  session: Pick<SessionView, 'moduleKind' | 'countryCode' | 'trainers'>,
): boolean {
  return canEditSession(viewer, session) || session.trainers.some((t) => t.id === viewer.personId);
}

/**
 * Which sessions a viewer sees. Joint sessions are open to everyone; national ones to their country's
 * coordinators, trainers and observers, to the tutors of that country, and to the trainers assigned.
 */
@Injectable()
export class SessionAccess {
  constructor(private readonly sessions: TrainingSessionsRepository) {}

  /** The countries whose national sessions the viewer sees (undefined: all of them). */
  async visibleCountries(manager: EntityManager, viewer: Viewer): Promise<string[] | undefined> {
    const countries = Access.countries(viewer, 'session.readCountry');
    if (countries === 'ALL') return undefined;
    const own = Access.allows(viewer, 'tutor.self') ? await this.sessions.tutorCountries(manager, viewer.personId) : [];
    return [...new Set([...countries, ...own])];
  }

  /** One session the viewer may see, read through `manager`; NOT_FOUND otherwise. */
  async findVisible(manager: EntityManager, viewer: Viewer, id: string): Promise<SessionView> {
    const visibleCountries = await this.visibleCountries(manager, viewer);
    const [view] = await this.sessions.views(manager, viewer.personId, { ids: [id], visibleCountries });
    if (!view) throw Errors.notFound('Training session');
    return view;
  }
}
