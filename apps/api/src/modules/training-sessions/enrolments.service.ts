import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { MailService } from '../mail/mail.service';
import type { BookSessionInput } from './dto/enrolment.input';
import { EnrolmentPerson } from './enrolment-person.entity';
import { EnrolmentView, enrolmentViewsWhere } from './enrolment-views';
import type { EnrolmentStatus } from './enrolment.entity';
import { canEditSession, canKeepRoster, findVisibleSession } from './session-access';
import { queueSessionMail } from './session-mail';
import type { RosterRow } from './roster-export';
import type { SessionView } from './session-views';
import { NO_VIEWER, sessionViewsWhere } from './session-views';

/** Who a booking seats: a tandem's two tutors, or one single tutor. */
interface Party {
  tandemId: string | null;
  personIds: string[];
  countries: string[];
  /** A COORDINATOR (or ADMIN) acting for the tandem: may book after the enrolment deadline. */
  onBehalf: boolean;
}

export const SESSION_FULL = 'SESSION_FULL';

/**
 * Booking, waitlist, promotion and cancellation. Every change of seats happens under a row lock of
 * the session (SELECT … FOR UPDATE), so bookings of one session are serialised in arrival order:
 * the seat count is read and written by one transaction at a time, and the CHECK
 * `seats_taken <= capacity` backs it in the database. A tandem's two seats are one row: both or none.
 *
 * Waitlist rule: when seats free up, the earliest WAITLISTED enrolment that fits in the free seats
 * is promoted, repeatedly, until none fits. A pair that needs two seats when one is free keeps its
 * place at the head of the queue and does not block a later single (only possible where the session
 * allows singles) that fits the one seat.
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /** People of CONFIRMED and WAITLISTED enrolments: who hears of a change. */
  async activePeople(manager: EntityManager, sessionId: string): Promise<string[]> {
    const rows: { person_id: string }[] = await manager.query(
      `SELECT person_id FROM enrolment_person WHERE session_id = $1 AND enrolment_status <> 'CANCELLED'`,
      [sessionId],
    );
    return rows.map((r) => r.person_id);
  }

  private async partyFor(
    manager: EntityManager,
    viewer: Viewer,
    session: SessionView,
    tandemId?: string,
  ): Promise<Party> {
    const tandems: {
      id: string;
      status: string;
      edition_id: string;
      school_tutor_id: string;
      company_tutor_id: string;
      countries: string[];
    }[] = await manager.query(
      `SELECT t.id, t.status, t.edition_id, t.school_tutor_id, t.company_tutor_id,
                ARRAY(SELECT DISTINCT o.country_code::text FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id
                       WHERE tp.person_id IN (t.school_tutor_id, t.company_tutor_id)) AS countries
           FROM tandem t
          WHERE ${tandemId ? 't.id = $1' : `t.id = (SELECT tm.tandem_id FROM tandem_member tm WHERE tm.person_id = $1 AND tm.edition_id = $2 AND tm.tandem_status = 'ACTIVE')`}`,
      tandemId ? [tandemId] : [viewer.personId, session.editionId],
    );
    const tandem = tandems[0];
    if (tandemId && !tandem) throw Errors.notFound('Tandem');
    if (tandem) {
      const members = [tandem.school_tutor_id, tandem.company_tutor_id];
      const isMember = members.includes(viewer.personId);
      const onBehalf = !isMember && Access.can(viewer, 'enrolment.manage', { countryCodes: tandem.countries });
      if (!isMember && !onBehalf) throw Errors.forbidden('You can book only for your own tandem.');
      if (tandem.status !== 'ACTIVE') throw Errors.conflict('Only an ACTIVE tandem can book a session.');
      if (tandem.edition_id !== session.editionId)
        throw Errors.validation([
          {
            field: 'sessionId',
            message: 'belongs to another edition than the tandem',
          },
        ]);
      return {
        tandemId: tandem.id,
        personIds: members,
        countries: tandem.countries,
        onBehalf,
      };
    }
    if (!Access.allows(viewer, 'tutor.self'))
      throw Errors.forbidden('Only tutors book sessions; a coordinator names the tandem.');
    if (!session.allowSingles)
      throw new DomainError(
        'TANDEM_REQUIRED',
        'This session is booked by tandems: you need an ACTIVE tandem to book it.',
      );
    const own: { code: string }[] = await manager.query(
      `SELECT o.country_code::text AS code FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id WHERE tp.person_id = $1`,
      [viewer.personId],
    );
    return {
      tandemId: null,
      personIds: [viewer.personId],
      countries: own.map((c) => c.code),
      onBehalf: false,
    };
  }

  async book(viewer: Viewer, input: BookSessionInput, requestId: string): Promise<string> {
    try {
      return await this.db.transaction(async (manager) => {
        const session = await findVisibleSession(manager, viewer, input.sessionId);
        const party = await this.partyFor(manager, viewer, session, input.tandemId);
        return this.bookIn(manager, viewer, session, party, input.waitlist, requestId);
      });
    } catch (e) {
      // The partial unique indexes are the last line: a race the locks did not cover still ends as a friendly error.
      if (pgErrorCode(e) === PG_UNIQUE_VIOLATION) throw Errors.conflict('Already enrolled in this session.');
      throw e;
    }
  }

  /** Locks the session row: from here to commit this transaction alone reads and writes its seats. */
  private async lockSession(manager: EntityManager, sessionId: string) {
    const [row]: {
      status: string;
      capacity: number;
      seats_taken: number;
      enrolment_deadline: Date;
      starts_at: Date;
    }[] = await manager.query(
      `SELECT status, capacity, seats_taken, enrolment_deadline, starts_at FROM training_session WHERE id = $1 FOR UPDATE`,
      [sessionId],
    );
    if (!row) throw Errors.notFound('Training session');
    return row;
  }

  private async bookIn(
    manager: EntityManager,
    viewer: Viewer,
    session: SessionView,
    party: Party,
    waitlist: boolean,
    requestId: string,
  ): Promise<string> {
    if (session.countryCode && party.countries.some((c) => c !== session.countryCode))
      throw Errors.validation([
        {
          field: 'sessionId',
          message: `is for the tutors of ${session.countryCode}`,
        },
      ]);
    // Per-person advisory locks (sorted: no deadlock) serialise one tandem's bookings across sessions, so
    // the overlap check below cannot race with a booking of another session.
    for (const id of [...party.personIds].sort())
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('enrolment:' || $1, 0))`, [id]);
    const locked = await this.lockSession(manager, session.id);
    const now = Date.now();
    if (locked.status !== 'SCHEDULED' || locked.starts_at.getTime() <= now)
      throw new DomainError('ENROLMENT_CLOSED', 'This session no longer takes enrolments.');
    if (!party.onBehalf && locked.enrolment_deadline.getTime() <= now)
      throw new DomainError(
        'ENROLMENT_CLOSED',
        'The enrolment deadline of this session has passed; the coordinator can still enrol you.',
      );
    const [already] = await manager.query(
      `SELECT 1 FROM enrolment_person WHERE session_id = $1 AND person_id = ANY($2::uuid[]) AND enrolment_status <> 'CANCELLED' LIMIT 1`,
      [session.id, party.personIds],
    );
    if (already) throw Errors.conflict('Already enrolled in this session.');
    const [overlap] = await manager.query(
      `SELECT 1 FROM enrolment_person ep
         JOIN training_session o ON o.id = ep.session_id
         JOIN module_version omv ON omv.id = o.module_version_id
        WHERE ep.person_id = ANY($1::uuid[]) AND ep.enrolment_status <> 'CANCELLED' AND o.status <> 'CANCELLED'
          AND omv.module_id = $2 AND o.starts_at < $4 AND o.ends_at > $3 LIMIT 1`,
      [party.personIds, session.moduleId, session.startsAt, session.endsAt],
    );
    if (overlap) throw Errors.conflict('Already enrolled in another session of this module at an overlapping time.');
    const seats = party.tandemId ? 2 : 1;
    const fits = locked.seats_taken + seats <= locked.capacity;
    if (!fits && !waitlist) throw new DomainError(SESSION_FULL, 'The session has no free seats for this booking.');
    const status: EnrolmentStatus = fits ? 'CONFIRMED' : 'WAITLISTED';
    if (fits)
      await manager.query(`UPDATE training_session SET seats_taken = seats_taken + $2 WHERE id = $1`, [
        session.id,
        seats,
      ]);
    // clock_timestamp(), not now(): the time the lock was won, so the waitlist keeps the booking order.
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO enrolment (session_id, tandem_id, status, seats, queued_at, booked_by_id, confirmed_at)
       VALUES ($1, $2, $3, $4, clock_timestamp(), $5, CASE WHEN $3 = 'CONFIRMED' THEN clock_timestamp() END) RETURNING id`,
      [session.id, party.tandemId, status, seats, viewer.personId],
    );
    await manager.insert(
      EnrolmentPerson,
      party.personIds.map((personId) => ({
        enrolmentId: id,
        personId,
        sessionId: session.id,
        enrolmentStatus: status,
      })),
    );
    await this.audit.record(manager, {
      actorPersonId: viewer.personId,
      operation: 'bookSession',
      targetType: 'Enrolment',
      targetId: id,
      summary: `${party.tandemId ? `Tandem ${party.tandemId}` : 'Single tutor'} booked ${session.moduleCode} on ${session.startsAt.toISOString()}: ${status}${party.onBehalf ? ' (by a coordinator)' : ''}`,
      requestId,
    });
    return id;
  }

  /**
   * Promotes waitlisted enrolments while one fits (see the class comment for the rule). The caller
   * holds the session's row lock. Answers the outbox ids of the mails telling the promoted people.
   */
  async promote(manager: EntityManager, sessionId: string): Promise<string[]> {
    const promoted: string[] = [];
    for (;;) {
      const [next]: { id: string; seats: number }[] = await manager.query(
        `SELECT e.id, e.seats FROM enrolment e JOIN training_session s ON s.id = e.session_id
          WHERE e.session_id = $1 AND e.status = 'WAITLISTED' AND s.status = 'SCHEDULED' AND e.seats <= s.capacity - s.seats_taken
          ORDER BY e.queued_at, e.id LIMIT 1`,
        [sessionId],
      );
      if (!next) break;
      await manager.query(`UPDATE enrolment SET status = 'CONFIRMED', confirmed_at = clock_timestamp() WHERE id = $1`, [
        next.id,
      ]);
      await manager.query(`UPDATE training_session SET seats_taken = seats_taken + $2 WHERE id = $1`, [
        sessionId,
        next.seats,
      ]);
      promoted.push(next.id);
    }
    if (!promoted.length) return [];
    const people: { person_id: string }[] = await manager.query(
      `SELECT person_id FROM enrolment_person WHERE enrolment_id = ANY($1::uuid[])`,
      [promoted],
    );
    const [session] = await sessionViewsWhere(manager, NO_VIEWER, 's.id = $2', [sessionId]);
    return queueSessionMail(
      manager,
      this.mail,
      people.map((p) => p.person_id),
      'ENROLMENT_PROMOTED',
      session,
      {},
    );
  }

  /**
   * Cancels an enrolment: either partner (the whole tandem's seats) up to the enrolment deadline; after
   * it only a COORDINATOR of the session's or the tutors' country (or ADMIN). Freed seats go to the waitlist.
   */
  async cancel(viewer: Viewer, enrolmentId: string, requestId: string): Promise<string> {
    const mailIds = await this.db.transaction(async (manager) => {
      const ids = await this.cancelIn(manager, viewer, enrolmentId, requestId);
      return ids;
    });
    await this.mail.dispatch(mailIds);
    return enrolmentId;
  }

  private async cancelIn(
    manager: EntityManager,
    viewer: Viewer,
    enrolmentId: string,
    requestId: string,
    asCoordinator = false,
  ): Promise<string[]> {
    const [row]: {
      session_id: string;
      people: string[];
      countries: string[];
    }[] = await manager.query(
      `SELECT e.session_id,
              ARRAY(SELECT ep.person_id FROM enrolment_person ep WHERE ep.enrolment_id = e.id) AS people,
              ARRAY(SELECT DISTINCT o.country_code::text FROM enrolment_person ep JOIN tutor_profile tp ON tp.person_id = ep.person_id
                      JOIN organisation o ON o.id = tp.organisation_id WHERE ep.enrolment_id = e.id) AS countries
         FROM enrolment e WHERE e.id = $1`,
      [enrolmentId],
    );
    if (!row) throw Errors.notFound('Enrolment');
    const isMember = row.people.includes(viewer.personId);
    const coordinator = Access.can(viewer, 'enrolment.manage', {
      countryCodes: row.countries,
    });
    if (!isMember && !coordinator) throw Errors.notFound('Enrolment');
    const locked = await this.lockSession(manager, row.session_id);
    const [enrolment]: { status: EnrolmentStatus; seats: number }[] = await manager.query(
      `SELECT status, seats FROM enrolment WHERE id = $1 FOR UPDATE`,
      [enrolmentId],
    );
    if (enrolment.status === 'CANCELLED') return [];
    if (locked.status !== 'SCHEDULED')
      throw Errors.conflict('The session is over or cancelled; its enrolments stay as they are.');
    if (!(coordinator || asCoordinator) && locked.enrolment_deadline.getTime() <= Date.now())
      throw new DomainError('ENROLMENT_CLOSED', 'The enrolment deadline has passed: ask your coordinator to cancel.');
    await manager.query(
      `UPDATE enrolment SET status = 'CANCELLED', cancelled_at = clock_timestamp(), cancelled_by_id = $2 WHERE id = $1`,
      [enrolmentId, viewer.personId],
    );
    let mailIds: string[] = [];
    if (enrolment.status === 'CONFIRMED') {
      await manager.query(`UPDATE training_session SET seats_taken = seats_taken - $2 WHERE id = $1`, [
        row.session_id,
        enrolment.seats,
      ]);
      mailIds = await this.promote(manager, row.session_id);
    }
    await this.audit.record(manager, {
      actorPersonId: viewer.personId,
      operation: 'cancelEnrolment',
      targetType: 'Enrolment',
      targetId: enrolmentId,
      summary: `Cancelled a ${enrolment.status} enrolment of ${enrolment.seats} seat(s)${mailIds.length ? '; the waitlist moved up' : ''}`,
      requestId,
    });
    return mailIds;
  }

  /** A COORDINATOR moves a tandem to another session of the same module: cancel and book in one transaction. */
  async move(viewer: Viewer, enrolmentId: string, toSessionId: string, requestId: string): Promise<string> {
    const result = await this.db.transaction(async (manager) => {
      const [current]: { session_id: string; tandem_id: string | null }[] = await manager.query(
        `SELECT session_id, tandem_id FROM enrolment WHERE id = $1 AND status <> 'CANCELLED'`,
        [enrolmentId],
      );
      if (!current?.tandem_id) throw Errors.notFound('Enrolment');
      const target = await findVisibleSession(manager, viewer, toSessionId);
      const party = await this.partyFor(manager, viewer, target, current.tandem_id);
      if (!party.onBehalf && !Access.isAdmin(viewer)) throw Errors.forbidden('Only a coordinator moves a tandem.');
      const [from] = await sessionViewsWhere(manager, viewer.personId, 's.id = $2', [current.session_id]);
      if (from.moduleId !== target.moduleId)
        throw Errors.validation([
          {
            field: 'toSessionId',
            message: 'must be a session of the same module',
          },
        ]);
      // Both sessions locked in id order, so two opposite moves cannot deadlock.
      for (const id of [current.session_id, toSessionId].sort()) await this.lockSession(manager, id);
      const mailIds = await this.cancelIn(manager, viewer, enrolmentId, requestId, true);
      const id = await this.bookIn(manager, viewer, target, { ...party, onBehalf: true }, true, requestId);
      return { id, mailIds };
    });
    await this.mail.dispatch(result.mailIds);
    return result.id;
  }

  async views(manager: EntityManager, ids: string[]): Promise<EnrolmentView[]> {
    return ids.length ? enrolmentViewsWhere(manager, 'e.id = ANY($1::uuid[])', [ids]) : [];
  }

  async get(viewer: Viewer, id: string): Promise<EnrolmentView> {
    const [view] = await this.views(this.db.manager, [id]);
    if (!view) throw Errors.notFound('Enrolment');
    if (view.people.some((p) => p.id === viewer.personId)) return view;
    const session = await findVisibleSession(this.db.manager, viewer, view.sessionId).catch(() => null);
    if (session && canKeepRoster(viewer, session)) return view;
    const [row]: { countries: string[] }[] = await this.db.query(
      `SELECT ARRAY(SELECT DISTINCT o.country_code::text FROM enrolment_person ep JOIN tutor_profile tp ON tp.person_id = ep.person_id
                      JOIN organisation o ON o.id = tp.organisation_id WHERE ep.enrolment_id = $1) AS countries`,
      [id],
    );
    if (Access.can(viewer, 'enrolment.manage', { countryCodes: row.countries })) return view;
    throw Errors.notFound('Enrolment');
  }

  session(viewer: Viewer, id: string): Promise<SessionView> {
    return findVisibleSession(this.db.manager, viewer, id);
  }

  /** The viewer's own enrolments (not cancelled), soonest first, with their sessions. */
  async mine(viewer: Viewer): Promise<{ enrolment: EnrolmentView; session: SessionView }[]> {
    const enrolments = await enrolmentViewsWhere(
      this.db.manager,
      `e.status <> 'CANCELLED' AND EXISTS (SELECT 1 FROM enrolment_person ep WHERE ep.enrolment_id = e.id AND ep.person_id = $1)`,
      [viewer.personId],
    );
    if (!enrolments.length) return [];
    const sessions = await sessionViewsWhere(this.db.manager, viewer.personId, 's.id = ANY($2::uuid[])', [
      enrolments.map((e) => e.sessionId),
    ]);
    const byId = new Map(sessions.map((s) => [s.id, s]));
    return enrolments
      .map((enrolment) => ({
        enrolment,
        session: byId.get(enrolment.sessionId) as SessionView,
      }))
      .sort((a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime());
  }

  /** The roster: CONFIRMED then WAITLISTED in queue order. Trainers assigned, or who may edit the session. */
  async roster(viewer: Viewer, sessionId: string): Promise<{ session: SessionView; enrolments: EnrolmentView[] }> {
    const session = await findVisibleSession(this.db.manager, viewer, sessionId);
    if (!canKeepRoster(viewer, session)) throw Errors.forbidden();
    const enrolments = await enrolmentViewsWhere(this.db.manager, `e.session_id = $1 AND e.status <> 'CANCELLED'`, [
      sessionId,
    ]);
    return { session, enrolments };
  }

  /** ACTIVE tandems of the session's edition that the viewer coordinates and that hold no enrolment in it yet. */
  async enrollableTandems(
    viewer: Viewer,
    sessionId: string,
  ): Promise<{ id: string; names: string; countryCode: string }[]> {
    const session = await findVisibleSession(this.db.manager, viewer, sessionId);
    const countries = Access.countries(viewer, 'enrolment.manage');
    const rows: { id: string; names: string; country_code: string }[] = await this.db.query(
      `SELECT t.id, ps.given_name || ' ' || ps.family_name || ' & ' || pc.given_name || ' ' || pc.family_name AS names, o.country_code::text AS country_code
         FROM tandem t
         JOIN person ps ON ps.id = t.school_tutor_id
         JOIN person pc ON pc.id = t.company_tutor_id
         JOIN tutor_profile tp ON tp.person_id = t.school_tutor_id
         JOIN organisation o ON o.id = tp.organisation_id
        WHERE t.edition_id = $1 AND t.status = 'ACTIVE'
          AND ($2::text IS NULL OR o.country_code = $2)
          AND ($3::text[] IS NULL OR o.country_code = ANY($3::text[]))
          AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.session_id = $4 AND e.tandem_id = t.id AND e.status <> 'CANCELLED')
        ORDER BY ps.family_name, ps.given_name, t.id`,
      [session.editionId, session.countryCode, countries === 'ALL' ? null : countries, sessionId],
    );
    return rows.map((r) => ({
      id: r.id,
      names: r.names,
      countryCode: r.country_code,
    }));
  }

  /** The roster as export rows (names and organisations, no contact details), for its keepers. */
  async rosterRows(viewer: Viewer, sessionId: string): Promise<{ session: SessionView; rows: RosterRow[] }> {
    const session = await findVisibleSession(this.db.manager, viewer, sessionId);
    if (!canKeepRoster(viewer, session)) throw Errors.forbidden();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT p.given_name || ' ' || p.family_name AS name, coalesce(o.name, '') AS organisation,
              string_agg(p.given_name || ' ' || p.family_name, ' & ') OVER (PARTITION BY e.id) AS tandem,
              e.status, a.status AS attendance,
              CASE WHEN e.status = 'WAITLISTED' THEN dense_rank() OVER (PARTITION BY e.status ORDER BY e.queued_at, e.id) END AS waitlist_position
         FROM enrolment e
         JOIN enrolment_person ep ON ep.enrolment_id = e.id
         JOIN person p ON p.id = ep.person_id
         LEFT JOIN tutor_profile tp ON tp.person_id = p.id
         LEFT JOIN organisation o ON o.id = tp.organisation_id
         LEFT JOIN attendance a ON a.session_id = e.session_id AND a.person_id = p.id
        WHERE e.session_id = $1 AND e.status <> 'CANCELLED'
        ORDER BY CASE e.status WHEN 'CONFIRMED' THEN 0 ELSE 1 END, e.queued_at, e.id, p.family_name, p.given_name`,
      [sessionId],
    );
    return {
      session,
      rows: rows.map((r) => ({
        name: r['name'] as string,
        organisation: r['organisation'] as string,
        tandem: asText(r['tandem']),
        enrolmentStatus: r['status'] as string,
        waitlistPosition: r['waitlist_position'] === null ? null : Number(r['waitlist_position']),
        attendance: asText(r['attendance']),
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

const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));
