import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { checkInCode, verifyCheckInCode } from './check-in-code';
import type { AttendanceEntryInput } from './dto/enrolment.input';
import { canKeepRoster, findVisibleSession } from './session-access';
import type { SessionView } from './session-views';

/** Attendance can be taken from an hour before the start (people arrive early) until the session is cancelled. */
const OPENS_BEFORE_MS = 60 * 60_000;

/**
 * Attendance per person: marked by the roster's keepers (manual), or by the tutor scanning the
 * rotating QR code while signed in (QR). Only people with a CONFIRMED enrolment are marked.
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private assertOpen(session: Pick<SessionView, 'status' | 'startsAt'>) {
    if (session.status === 'CANCELLED') throw Errors.conflict('The session was cancelled.');
    if (session.startsAt.getTime() - OPENS_BEFORE_MS > Date.now())
      throw Errors.conflict('Attendance opens an hour before the session starts.');
  }

  private async upsert(
    manager: EntityManager,
    sessionId: string,
    entries: AttendanceEntryInput[],
    method: 'MANUAL' | 'QR',
    markedById: string,
  ) {
    await manager.query(
      `INSERT INTO attendance (session_id, person_id, status, method, marked_by_id, marked_at)
       SELECT $1, x.person_id, x.status, $3, $4, now() FROM unnest($2::uuid[], $5::text[]) AS x(person_id, status)
       ON CONFLICT (session_id, person_id) DO UPDATE SET status = excluded.status, method = excluded.method,
         marked_by_id = excluded.marked_by_id, marked_at = excluded.marked_at`,
      [sessionId, entries.map((e) => e.personId), method, markedById, entries.map((e) => e.status)],
    );
  }

  async mark(viewer: Viewer, sessionId: string, entries: AttendanceEntryInput[], requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const session = await findVisibleSession(manager, viewer, sessionId);
      if (!canKeepRoster(viewer, session)) throw Errors.forbidden();
      this.assertOpen(session);
      const ids = [...new Set(entries.map((e) => e.personId))];
      if (ids.length !== entries.length)
        throw Errors.validation([{ field: 'entries', message: 'name each person once' }]);
      const enrolled: { person_id: string }[] = await manager.query(
        `SELECT person_id FROM enrolment_person WHERE session_id = $1 AND enrolment_status = 'CONFIRMED' AND person_id = ANY($2::uuid[])`,
        [sessionId, ids],
      );
      const known = new Set(enrolled.map((r) => r.person_id));
      const unknown = entries.map((e, i) => (known.has(e.personId) ? null : i)).filter((i): i is number => i !== null);
      if (unknown.length)
        throw Errors.validation(
          unknown.map((i) => ({
            field: `entries.${i}.personId`,
            message: 'is not confirmed for this session',
          })),
        );
      await this.upsert(manager, sessionId, entries, 'MANUAL', viewer.personId);
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
    const session = await findVisibleSession(this.db.manager, viewer, sessionId);
    if (!canKeepRoster(viewer, session)) throw Errors.forbidden();
    this.assertOpen(session);
    const secret = await this.secretOf(this.db.manager, sessionId);
    const { code, expiresAt } = checkInCode(secret, sessionId, Date.now());
    return {
      code,
      expiresAt,
      path: `/sessions/${sessionId}/check-in?code=${encodeURIComponent(code)}`,
    };
  }

  private async secretOf(manager: EntityManager, sessionId: string): Promise<string> {
    const [row]: { check_in_secret: string }[] = await manager.query(
      `SELECT check_in_secret FROM training_session WHERE id = $1`,
      [sessionId],
    );
    return row.check_in_secret;
  }

  /** The signed-in tutor scanned the trainer's code: PRESENT, if the code is this session's and fresh and they hold a confirmed seat. */
  async checkIn(viewer: Viewer, sessionId: string, code: string, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const session = await findVisibleSession(manager, viewer, sessionId);
      const verdict = verifyCheckInCode(await this.secretOf(manager, sessionId), sessionId, code, Date.now());
      if (verdict === 'EXPIRED')
        throw new DomainError('CHECK_IN_CODE_EXPIRED', 'This code has expired: scan the code on the screen again.');
      if (verdict === 'INVALID')
        throw new DomainError('CHECK_IN_CODE_INVALID', 'This code is not the check-in code of this session.');
      this.assertOpen(session);
      if (session.endsAt.getTime() + OPENS_BEFORE_MS < Date.now()) throw Errors.conflict('The session is over.');
      const [enrolled] = await manager.query(
        `SELECT 1 FROM enrolment_person WHERE session_id = $1 AND person_id = $2 AND enrolment_status = 'CONFIRMED'`,
        [sessionId, viewer.personId],
      );
      if (!enrolled) throw Errors.forbidden('You do not have a confirmed seat in this session.');
      await this.upsert(manager, sessionId, [{ personId: viewer.personId, status: 'PRESENT' }], 'QR', viewer.personId);
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
