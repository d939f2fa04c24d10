import { Injectable } from '@nestjs/common';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import type { EnrolmentView } from './enrolment-views';
import { EnrolmentsRepository } from './enrolments.repository';
import type { RosterRow } from './roster-export';
import { canEditSession, canKeepRoster, SessionAccess } from './session-access';
import type { SessionView } from './session-views';
import { TrainingSessionsRepository } from './training-sessions.repository';

/** Reading enrolments: one by id, the viewer's own, a session's roster, and who can still be enrolled. */
@Injectable()
export class EnrolmentReadsService {
  constructor(
    private readonly repo: EnrolmentsRepository,
    private readonly sessions: TrainingSessionsRepository,
    private readonly access: SessionAccess,
  ) {}

  /** An enrolment for a person it seats, the roster's keepers, or a coordinator of the tutors' country. */
  async get(viewer: Viewer, id: string): Promise<EnrolmentView> {
    const m = this.repo.manager;
    const [view] = await this.repo.views(m, { ids: [id] });
    if (!view) throw Errors.notFound('Enrolment');
    if (view.people.some((p) => p.id === viewer.personId)) return view;
    const session = await this.access.findVisible(m, viewer, view.sessionId).catch(() => null);
    if (session && canKeepRoster(viewer, session)) return view;
    const row = await this.repo.find(m, id);
    if (row && Access.can(viewer, 'enrolment.manage', { countryCodes: row.countries })) return view;
    throw Errors.notFound('Enrolment');
  }

  session(viewer: Viewer, id: string): Promise<SessionView> {
    return this.access.findVisible(this.repo.manager, viewer, id);
  }

  /** The viewer's own enrolments (not cancelled), soonest first, with their sessions. */
  async mine(viewer: Viewer): Promise<{ enrolment: EnrolmentView; session: SessionView }[]> {
    const m = this.repo.manager;
    const enrolments = await this.repo.views(m, { personId: viewer.personId });
    if (!enrolments.length) return [];
    const sessions = await this.sessions.views(m, viewer.personId, { ids: enrolments.map((e) => e.sessionId) });
    const byId = new Map(sessions.map((s) => [s.id, s]));
    return enrolments
      .map((enrolment) => ({ enrolment, session: byId.get(enrolment.sessionId) as SessionView }))
      .sort((a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime());
  }

  /** The roster: CONFIRMED then WAITLISTED in queue order. Trainers assigned, or who may edit the session. */
  async roster(viewer: Viewer, sessionId: string): Promise<{ session: SessionView; enrolments: EnrolmentView[] }> {
    const session = await this.access.findVisible(this.repo.manager, viewer, sessionId);
    if (!canKeepRoster(viewer, session)) throw Errors.forbidden();
    return { session, enrolments: await this.repo.views(this.repo.manager, { sessionId }) };
  }

  /** ACTIVE tandems of the session's edition that the viewer coordinates and that hold no enrolment in it yet. */
  async enrollableTandems(
    viewer: Viewer,
    sessionId: string,
  ): Promise<{ id: string; names: string; countryCode: string }[]> {
    const session = await this.access.findVisible(this.repo.manager, viewer, sessionId);
    const countries = Access.countries(viewer, 'enrolment.manage');
    const rows = await this.repo.enrollableTandems(
      session.editionId,
      session.countryCode,
      countries === 'ALL' ? null : countries,
      sessionId,
    );
    return rows.map((r) => ({ id: r.id, names: r.names, countryCode: r.country_code }));
  }

  /** The roster as export rows (names and organisations, no contact details), for its keepers. */
  async rosterRows(viewer: Viewer, sessionId: string): Promise<{ session: SessionView; rows: RosterRow[] }> {
    const session = await this.access.findVisible(this.repo.manager, viewer, sessionId);
    if (!canKeepRoster(viewer, session)) throw Errors.forbidden();
    const rows = await this.repo.rosterRows(sessionId);
    return {
      session,
      rows: rows.map((r) => ({
        name: r.name,
        organisation: r.organisation,
        tandem: r.tandem ?? '',
        enrolmentStatus: r.status,
        waitlistPosition: r.waitlist_position,
        attendance: r.attendance ?? '',
      })),
    };
  }

  canCancel(viewer: Viewer, session: SessionView): boolean {
    return (
      session.status === 'SCHEDULED' &&
      (session.enrolmentDeadline.getTime() > Date.now() || canEditSession(viewer, session))
    );
  }
}
