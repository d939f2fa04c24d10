import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { SessionSurveys } from '../surveys/session-surveys.service';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { AttendanceRepository } from './attendance.repository';
import { checkInCode, verifyCheckInCode } from './check-in-code';
import type { AttendanceEntryInput } from './dto/enrolment.input';
import { canKeepRoster, SessionAccess } from './session-access';
import type { SessionView } from './session-views';
import { TrainingSessionsRepository } from './training-sessions.repository';
import { invalid } from '../../common/field-error';

/** Attendance can be taken from an hour before the start (people arrive early) until the session is cancelled. */
const OPENS_BEFORE_MS = 60 * 60_000;

/**
 * Attendance per person: marked by the roster's keepers (manual), or by the tutor scanning the
 * rotating QR code while signed in (QR). Only people with a CONFIRMED enrolment are marked.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly repo: AttendanceRepository,
    private readonly sessions: TrainingSessionsRepository,
    private readonly access: SessionAccess,
    private readonly audit: AuditService,
    private readonly surveys: SessionSurveys,
  ) {}

  private assertOpen(session: Pick<SessionView, 'status' | 'startsAt'>) {
    if (session.status === 'CANCELLED') throw new DomainError('SESSION_CANCELLED', 'The session was cancelled.');
    if (session.startsAt.getTime() - OPENS_BEFORE_MS > Date.now())
      throw new DomainError('ATTENDANCE_NOT_OPEN', 'Attendance opens an hour before the session starts.');
  }

  async mark(viewer: Viewer, sessionId: string, entries: AttendanceEntryInput[], requestId: string): Promise<void> {
    await this.repo.transaction(async (manager) => {
      const session = await this.access.findVisible(manager, viewer, sessionId);
      if (!canKeepRoster(viewer, session)) throw Errors.forbidden();
      this.assertOpen(session);
      const ids = [...new Set(entries.map((e) => e.personId))];
      if (ids.length !== entries.length) throw Errors.validation([invalid('entries', 'personTwice')]);
      const known = new Set(await this.repo.confirmedAmong(manager, sessionId, ids));
      const unknown = entries.map((e, i) => (known.has(e.personId) ? null : i)).filter((i): i is number => i !== null);
      if (unknown.length) throw Errors.validation(unknown.map((i) => invalid(`entries.${i}.personId`, 'notConfirmed')));
      await this.repo.upsert(manager, sessionId, entries, 'MANUAL', viewer.personId);
      // The session's feedback opens for the people marked PRESENT.
      await this.surveys.attendanceTaken(manager, sessionId);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'markAttendance',
        targetType: 'TrainingSession',
        targetId: sessionId,
        summary: `Marked attendance of ${entries.length} person(s) at ${session.moduleCode} on ${session.startsAt.toISOString()}`,
        requestId,
      });
    });
  }

  async code(viewer: Viewer, sessionId: string): Promise<{ code: string; expiresAt: Date; path: string }> {
    const session = await this.access.findVisible(this.repo.manager, viewer, sessionId);
    if (!canKeepRoster(viewer, session)) throw Errors.forbidden();
    this.assertOpen(session);
    const secret = await this.sessions.checkInSecret(this.repo.manager, sessionId);
    const { code, expiresAt } = checkInCode(secret, sessionId, Date.now());
    return {
      code,
      expiresAt,
      path: `/sessions/${sessionId}/check-in?code=${encodeURIComponent(code)}`,
    };
  }

  /** The signed-in tutor scanned the trainer's code: PRESENT, if the code is this session's and fresh and they hold a confirmed seat. */
  async checkIn(viewer: Viewer, sessionId: string, code: string, requestId: string): Promise<void> {
    await this.repo.transaction(async (manager) => {
      const session = await this.access.findVisible(manager, viewer, sessionId);
      const secret = await this.sessions.checkInSecret(manager, sessionId);
      const verdict = verifyCheckInCode(secret, sessionId, code, Date.now());
      if (verdict === 'EXPIRED')
        throw new DomainError('CHECK_IN_CODE_EXPIRED', 'This code has expired: scan the code on the screen again.');
      if (verdict === 'INVALID')
        throw new DomainError('CHECK_IN_CODE_INVALID', 'This code is not the check-in code of this session.');
      this.assertOpen(session);
      if (session.endsAt.getTime() + OPENS_BEFORE_MS < Date.now())
        throw new DomainError('ATTENDANCE_CLOSED', 'The session is over: check-in has closed.');
      const enrolled = await this.repo.confirmedAmong(manager, sessionId, [viewer.personId]);
      if (!enrolled.length) throw Errors.forbidden('You do not have a confirmed seat in this session.');
      await this.repo.upsert(
        manager,
        sessionId,
        [{ personId: viewer.personId, status: 'PRESENT' }],
        'QR',
        viewer.personId,
      );
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'checkIn',
        targetType: 'TrainingSession',
        targetId: sessionId,
        summary: `Checked in with the QR code at ${session.moduleCode} on ${session.startsAt.toISOString()}`,
        requestId,
      });
    });
  }
}
