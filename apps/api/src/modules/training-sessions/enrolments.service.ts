import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import type { BookSessionInput } from './dto/enrolment.input';
import type { EnrolmentView } from './enrolment-views';
import type { EnrolmentStatus } from './enrolment.entity';
import { EnrolmentRow, EnrolmentsRepository } from './enrolments.repository';
import { LockedSession, SeatLocks } from './seat-locks.repository';
import { SessionAccess } from './session-access';
import { SessionMailer } from './session-mail';
import { TandemNotices } from './tandem-notices';
import { WaitlistService } from './waitlist.service';
import type { SessionView } from './session-views';
import { TrainingSessionsRepository } from './training-sessions.repository';
import { invalid } from '../../common/field-error';

/** Who a booking seats: a tandem's two tutors, or one single tutor. */
interface Party {
  tandemId: string | null;
  personIds: string[];
  countries: string[];
  /** A COORDINATOR (or ADMIN) acting for the tandem: may book after the enrolment deadline. */
  onBehalf: boolean;
}

const alreadyEnrolled = () => new DomainError('ALREADY_ENROLLED', 'Already enrolled in this session.');

/**
 * Booking, waitlist, promotion and cancellation, each one transaction taking its locks in the one
 * order written in seat-locks.repository.ts. Seat counts are read and written under the session's row
 * lock, and the CHECK `seats_taken <= capacity` backs it in the database. A tandem's two seats are one
 * row: both or none. Each answer is read inside its own transaction, so it leaves as that commits.
 *
 * Waitlist rule: when seats free up, the earliest WAITLISTED enrolment that fits in the free seats
 * is promoted, repeatedly, until none fits. A pair that needs two seats when one is free keeps its
 * place at the head of the queue and does not block a later single (only possible where the session
 * allows singles) that fits the one seat.
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly repo: EnrolmentsRepository,
    private readonly sessions: TrainingSessionsRepository,
    private readonly locks: SeatLocks,
    private readonly access: SessionAccess,
    private readonly mailer: SessionMailer,
    private readonly audit: AuditService,
    private readonly waitlist: WaitlistService,
    private readonly notices: TandemNotices,
  ) {}

  private async partyFor(
    m: EntityManager,
    viewer: Viewer,
    session: SessionView,
    tandemId?: string | null,
  ): Promise<Party> {
    const tandem = await this.repo.tandem(
      m,
      tandemId ? { tandemId } : { personId: viewer.personId, editionId: session.editionId },
    );
    if (tandemId && !tandem) throw Errors.notFound('Tandem');
    if (tandem) {
      const members = [tandem.school_tutor_id, tandem.company_tutor_id];
      const isMember = members.includes(viewer.personId);
      const onBehalf = !isMember && Access.can(viewer, 'enrolment.manage', { countryCodes: tandem.countries });
      if (!isMember && !onBehalf) throw Errors.forbidden('You can book only for your own tandem.');
      if (tandem.status !== 'ACTIVE')
        throw new DomainError('TANDEM_NOT_ACTIVE', 'Only an ACTIVE tandem can book a session.');
      if (tandem.edition_id !== session.editionId) throw Errors.validation([invalid('sessionId', 'otherEdition')]);
      return { tandemId: tandem.id, personIds: members, countries: tandem.countries, onBehalf };
    }
    if (!Access.allows(viewer, 'tutor.self'))
      throw Errors.forbidden('Only tutors book sessions; a coordinator names the tandem.');
    if (!session.allowSingles)
      throw new DomainError(
        'TANDEM_REQUIRED',
        'This session is booked by tandems: you need an ACTIVE tandem to book it.',
      );
    const countries = await this.sessions.tutorCountries(m, viewer.personId);
    return { tandemId: null, personIds: [viewer.personId], countries, onBehalf: false };
  }

  /** The partial unique indexes are the last line: a race the locks did not cover still ends as a friendly error. */
  private async uniqueAsAlreadyEnrolled<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (pgErrorCode(e) === PG_UNIQUE_VIOLATION) throw alreadyEnrolled();
      throw e;
    }
  }

  private async view(m: EntityManager, id: string): Promise<EnrolmentView> {
    return (await this.repo.views(m, { ids: [id] }))[0];
  }

  async book(viewer: Viewer, input: BookSessionInput, requestId: string): Promise<EnrolmentView> {
    // The whole booking waits at the session's gate first: a burst of bookings then holds at most the
    // gate's width of connections, and the reads of the next ones overlap the locked part of the current.
    const booked = await this.uniqueAsAlreadyEnrolled(() =>
      this.locks.gate([input.sessionId], () =>
        this.repo.transaction(async (m) => {
          const session = await this.access.findVisible(m, viewer, input.sessionId);
          const party = await this.partyFor(m, viewer, session, input.tandemId);
          await this.locks.lockPeople(m, party.personIds);
          const { id, mailIds } = await this.bookIn(m, viewer, session, party, input.waitlist, requestId);
          return { view: await this.view(m, id), mailIds };
        }),
      ),
    );
    await this.mailer.dispatch(booked.mailIds);
    return booked.view;
  }

  /** Books inside a transaction that holds the party's person locks (lock step 1); takes the session's row (step 2). */
  private async bookIn(
    m: EntityManager,
    viewer: Viewer,
    session: SessionView,
    party: Party,
    waitlist: boolean,
    requestId: string,
    tell = true,
  ): Promise<{ id: string; status: EnrolmentStatus; mailIds: string[] }> {
    if (session.countryCode && party.countries.some((c) => c !== session.countryCode))
      throw Errors.validation([invalid('sessionId', 'sessionOfCountry', { country: session.countryCode })]);
    const locked = await this.locks.lockSession(m, session.id);
    const now = Date.now();
    if (locked.status !== 'SCHEDULED' || locked.starts_at.getTime() <= now)
      throw new DomainError('ENROLMENT_CLOSED', 'This session no longer takes enrolments.');
    if (!party.onBehalf && locked.enrolment_deadline.getTime() <= now)
      throw new DomainError(
        'ENROLMENT_CLOSED',
        'The enrolment deadline of this session has passed; the coordinator can still enrol you.',
      );
    // A module is attended once; a coordinator booking on the tandem's behalf may still enrol it again.
    if (!party.onBehalf && (await this.repo.attendedModule(m, party.personIds, session.moduleId)))
      throw new DomainError(
        'ALREADY_ATTENDED',
        'This module was already attended; ask your coordinator if you need to attend it again.',
      );
    const conflicts = await this.repo.conflicts(m, party.personIds, session);
    if (conflicts.enrolled) throw alreadyEnrolled();
    if (conflicts.overlapping)
      throw new DomainError(
        'OVERLAPPING_ENROLMENT',
        'Already enrolled in another session of this module at an overlapping time.',
      );
    const seats = party.tandemId ? 2 : 1;
    const fits = locked.seats_taken + seats <= locked.capacity;
    if (!fits && !waitlist) throw new DomainError('SESSION_FULL', 'The session has no free seats for this booking.');
    const status: EnrolmentStatus = fits ? 'CONFIRMED' : 'WAITLISTED';
    const id = await this.repo.insert(
      m,
      { sessionId: session.id, tandemId: party.tandemId, status, seats, bookedById: viewer.personId },
      party.personIds,
    );
    await this.audit.record(m, {
      actorPersonId: viewer.personId,
      operation: 'bookSession',
      targetType: 'Enrolment',
      targetId: id,
      summary: `${party.tandemId ? `Tandem ${party.tandemId}` : 'Single tutor'} booked ${session.moduleCode} on ${session.startsAt.toISOString()}: ${status}${party.onBehalf ? ' (by a coordinator)' : ''}`,
      requestId,
    });
    const mailIds =
      party.tandemId && tell
        ? await this.notices.tellTandem(m, viewer, party.personIds, 'BOOKED', session, status)
        : [];
    return { id, status, mailIds };
  }

  /** Either partner of the enrolment, or a coordinator of the tutors' country; others do not learn it exists. */
  private async cancellable(viewer: Viewer, enrolmentId: string): Promise<{ row: EnrolmentRow; coordinator: boolean }> {
    const row = await this.repo.find(this.repo.manager, enrolmentId);
    if (!row) throw Errors.notFound('Enrolment');
    const coordinator = Access.can(viewer, 'enrolment.manage', { countryCodes: row.countries });
    if (!row.people.includes(viewer.personId) && !coordinator) throw Errors.notFound('Enrolment');
    return { row, coordinator };
  }

  /**
   * Cancels an enrolment: either partner (the whole tandem's seats) up to the enrolment deadline; after
   * it only a COORDINATOR of the tutors' country (or ADMIN). Freed seats go to the waitlist.
   */
  async cancel(viewer: Viewer, enrolmentId: string, requestId: string): Promise<EnrolmentView> {
    const { row, coordinator } = await this.cancellable(viewer, enrolmentId);
    const { view, mailIds } = await this.locks.gate([row.session_id], () =>
      this.repo.transaction(async (m) => {
        const locked = await this.locks.lockSession(m, row.session_id);
        const mailIds = await this.cancelIn(m, viewer, enrolmentId, locked, coordinator, requestId);
        return { view: await this.view(m, enrolmentId), mailIds };
      }),
    );
    await this.mailer.dispatch(mailIds);
    return view;
  }

  /** Inside a transaction holding the session's row lock (step 2); locks the enrolment (step 3). */
  private async cancelIn(
    m: EntityManager,
    viewer: Viewer,
    enrolmentId: string,
    session: LockedSession,
    asCoordinator: boolean,
    requestId: string,
    tell = true,
  ): Promise<string[]> {
    const enrolment = await this.repo.lock(m, enrolmentId);
    if (enrolment.status === 'CANCELLED') return [];
    if (session.status !== 'SCHEDULED')
      throw new DomainError(
        'SESSION_NOT_SCHEDULED',
        'The session is over or cancelled; its enrolments stay as they are.',
      );
    if (!asCoordinator && session.enrolment_deadline.getTime() <= Date.now())
      throw new DomainError('ENROLMENT_CLOSED', 'The enrolment deadline has passed: ask your coordinator to cancel.');
    await this.repo.markCancelled(m, enrolmentId, viewer.personId);
    let mailIds: string[] = [];
    if (enrolment.status === 'CONFIRMED') {
      await this.repo.addSeats(m, session.id, -enrolment.seats);
      mailIds = await this.waitlist.promote(m, session.id);
    }
    const promoted = mailIds.length > 0;
    if (enrolment.tandemId && tell) {
      const [view] = await this.sessions.viewsOf(m, [session.id]);
      const people = await this.repo.peopleOf(m, [enrolmentId]);
      mailIds = [
        ...mailIds,
        ...(await this.notices.tellTandem(m, viewer, people, 'CANCELLED', view, enrolment.status)),
      ];
    }
    await this.audit.record(m, {
      actorPersonId: viewer.personId,
      operation: 'cancelEnrolment',
      targetType: 'Enrolment',
      targetId: enrolmentId,
      summary: `Cancelled a ${enrolment.status} enrolment of ${enrolment.seats} seat(s)${promoted ? '; the waitlist moved up' : ''}`,
      requestId,
    });
    return mailIds;
  }

  /** A COORDINATOR moves a tandem to another session of the same module: cancel and book in one transaction. */
  async move(viewer: Viewer, enrolmentId: string, toSessionId: string, requestId: string): Promise<EnrolmentView> {
    const current = await this.repo.find(this.repo.manager, enrolmentId);
    if (!current?.tandem_id || current.status === 'CANCELLED') throw Errors.notFound('Enrolment');
    const target = await this.access.findVisible(this.repo.manager, viewer, toSessionId);
    const party = await this.partyFor(this.repo.manager, viewer, target, current.tandem_id);
    if (!party.onBehalf && !Access.isAdmin(viewer)) throw Errors.forbidden('Only a coordinator moves a tandem.');
    const [left] = await this.sessions.viewsOf(this.repo.manager, [current.session_id]);
    if (left.moduleId !== target.moduleId) throw Errors.validation([invalid('toSessionId', 'sameModuleSession')]);
    const result = await this.uniqueAsAlreadyEnrolled(() =>
      this.locks.gate([current.session_id, toSessionId], () =>
        this.repo.transaction(async (m) => {
          await this.locks.lockPeople(m, party.personIds);
          const locked = await this.locks.lockSessions(m, [current.session_id, toSessionId]);
          const still = await this.repo.lock(m, enrolmentId);
          if (still.status === 'CANCELLED') throw Errors.notFound('Enrolment');
          const from = locked.get(current.session_id) as LockedSession;
          // The waitlist of the session left moves up (those promoted are told); the tandem hears of the move once.
          const promotedMails = await this.cancelIn(m, viewer, enrolmentId, from, true, requestId, false);
          const booked = await this.bookIn(m, viewer, target, { ...party, onBehalf: true }, true, requestId, false);
          const movedMails = await this.notices.tellTandem(
            m,
            viewer,
            party.personIds,
            'MOVED',
            target,
            booked.status,
            left,
          );
          return { view: await this.view(m, booked.id), mailIds: [...promotedMails, ...movedMails] };
        }),
      ),
    );
    await this.mailer.dispatch(result.mailIds);
    return result.view;
  }
}
