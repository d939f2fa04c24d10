import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldError } from '@tandem/shared-domain';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { MailService } from '../mail/mail.service';
import type {
  AgendaArgs,
  ScheduleSessionInput,
  SeriesDateInput,
  SessionFieldsInput,
  TrainingSessionsArgs,
} from './dto/session.input';
import { EnrolmentsService } from './enrolments.service';
import { canEditSession, canScheduleFor, findVisibleSession, visibleSessionsCondition } from './session-access';
import { queueSessionMail } from './session-mail';
import { resolveSessionTimes, SessionTimes } from './session-times';
import { SessionView, sessionViewsWhere } from './session-views';
import { SessionTrainer } from './session-trainer.entity';
import { TrainingSession } from './training-session.entity';

interface ModuleRow {
  id: string;
  kind: 'JOINT' | 'NATIONAL';
  country_code: string | null;
  edition_id: string;
  code: string;
  version_id: string | null;
}

/**
 * Scheduling and reading sessions. One transaction per use case; changes of time, place or status
 * raise the calendar SEQUENCE and mail everyone enrolled (in their language) through the outbox.
 */
@Injectable()
export class TrainingSessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  async page(viewer: Viewer, args: TrainingSessionsArgs): Promise<Page<SessionView>> {
    const visible = await visibleSessionsCondition(this.db.manager, viewer, 2);
    const where = [visible.sql];
    const params: unknown[] = [...visible.params];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length + 1));
    };
    if (args.editionId) add((n) => `s.edition_id = $${n}`, args.editionId);
    if (args.moduleId) add((n) => `m.id = $${n}`, args.moduleId);
    if (args.countryCode) add((n) => `(s.country_code IS NULL OR s.country_code = $${n})`, args.countryCode);
    if (args.status) add((n) => `s.status = $${n}`, args.status);
    if (args.upcoming) where.push(`s.starts_at >= now()`);
    if (args.openOnly) where.push(`s.status = 'SCHEDULED' AND s.enrolment_deadline > now()`);
    if (args.withSeatsLeft) where.push(`s.seats_taken < s.capacity`);
    return this.pageWhere(viewer, where, params, args.first, args.after);
  }

  /** The trainer's agenda: sessions they are assigned to; for coordinators and admins also the ones they may edit. */
  async agenda(viewer: Viewer, args: AgendaArgs): Promise<Page<SessionView>> {
    const countries = Access.countries(viewer, 'session.coordinate');
    const where = [
      `(EXISTS (SELECT 1 FROM session_trainer at WHERE at.session_id = s.id AND at.person_id = $1)
        OR ${countries === 'ALL' ? 'true' : `(s.country_code = ANY($2::text[]))`})`,
    ];
    const params: unknown[] = countries === 'ALL' ? [] : [countries];
    if (args.upcoming) where.push(`s.ends_at >= now()`);
    return this.pageWhere(viewer, where, params, args.first, args.after);
  }

  private async pageWhere(
    viewer: Viewer,
    where: string[],
    params: unknown[],
    first: number,
    after?: string,
  ): Promise<Page<SessionView>> {
    const filter = where.join(' AND ');
    // The count reads the same parameters; `$1 IS NOT NULL` types the viewer id when the filter does not use it.
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM training_session s JOIN module_version mv ON mv.id = s.module_version_id JOIN module m ON m.id = mv.module_id WHERE $1::uuid IS NOT NULL AND ${filter}`,
      [viewer.personId, ...params],
    );
    const keyed = [...where];
    const keyParams = [...params];
    if (after) {
      const [startsAt, id] = decodeCursor(after, 2);
      keyParams.push(startsAt, id);
      keyed.push(`(s.starts_at, s.id) > ($${keyParams.length}::timestamptz, $${keyParams.length + 1}::uuid)`);
    }
    const views = await sessionViewsWhere(
      this.db.manager,
      viewer.personId,
      keyed.join(' AND '),
      keyParams,
      `ORDER BY s.starts_at, s.id LIMIT ${first + 1}`,
    );
    return toPage(
      views,
      first,
      n as number,
      (v) => [v.startsAt.toISOString(), v.id],
      (v) => v,
    );
  }

  /** One session the viewer may see; NOT_FOUND otherwise. */
  async get(viewer: Viewer, id: string, manager: EntityManager = this.db.manager): Promise<SessionView> {
    return findVisibleSession(manager, viewer, id);
  }

  private async moduleFor(manager: EntityManager, viewer: Viewer, moduleId: string): Promise<ModuleRow> {
    const [module]: ModuleRow[] = await manager.query(
      `SELECT m.id, m.kind, m.country_code::text AS country_code, m.edition_id, m.code,
              (SELECT mv.id FROM module_version mv WHERE mv.module_id = m.id AND mv.status = 'PUBLISHED') AS version_id
         FROM module m WHERE m.id = $1`,
      [moduleId],
    );
    if (!module) throw Errors.notFound('Module');
    if (
      !canScheduleFor(viewer, {
        kind: module.kind,
        countryCode: module.country_code,
      })
    )
      throw Errors.forbidden();
    if (!module.version_id)
      throw Errors.validation([{ field: 'moduleId', message: 'has no published version to deliver' }]);
    return module;
  }

  /** Trainers must hold a TRAINER grant of the session's country (of any country for a joint session). */
  private async checkTrainers(
    manager: EntityManager,
    trainerIds: string[],
    countryCode: string | null,
  ): Promise<FieldError[]> {
    if (!trainerIds.length) return [];
    const rows: { person_id: string }[] = await manager.query(
      `SELECT DISTINCT g.person_id FROM role_grant g JOIN person p ON p.id = g.person_id
        WHERE g.person_id = ANY($1::uuid[]) AND g.role = 'TRAINER' AND p.deactivated_at IS NULL AND ($2::text IS NULL OR g.country_code = $2)`,
      [trainerIds, countryCode],
    );
    return rows.length === trainerIds.length
      ? []
      : [
          {
            field: 'trainerIds',
            message: 'must be trainers of the session’s country',
          },
        ];
  }

  private placeErrors(input: SessionFieldsInput): FieldError[] {
    return input.venue?.trim() || input.onlineUrl?.trim()
      ? []
      : [{ field: 'venue', message: 'a venue or an online link is required' }];
  }

  async schedule(viewer: Viewer, input: ScheduleSessionInput, requestId: string): Promise<string> {
    const [id] = await this.scheduleMany(viewer, input, [input], requestId);
    return id;
  }

  /** The series helper: the same module and fields on several dates, all or none. */
  async scheduleMany(
    viewer: Viewer,
    input: ScheduleSessionInput,
    dates: SeriesDateInput[],
    requestId: string,
  ): Promise<string[]> {
    return this.db.transaction(async (manager) => {
      const module = await this.moduleFor(manager, viewer, input.moduleId);
      const now = new Date();
      const errors: FieldError[] = [
        ...this.placeErrors(input),
        ...(await this.checkTrainers(manager, input.trainerIds, module.country_code)),
      ];
      const resolved: SessionTimes[] = [];
      dates.forEach((d, i) => {
        const { times, errors: timeErrors } = resolveSessionTimes({ ...input, ...d }, now);
        const prefix = dates.length > 1 ? `dates.${i}.` : '';
        errors.push(
          ...timeErrors.map((e) => ({
            ...e,
            field: e.field === 'timeZone' || e.field === 'hours' ? e.field : prefix + e.field,
          })),
        );
        if (times) resolved.push(times);
      });
      if (errors.length) throw Errors.validation(dedupe(errors));
      const inserted = await manager.insert(
        TrainingSession,
        resolved.map((t) => ({
          editionId: module.edition_id,
          moduleVersionId: module.version_id as string,
          countryCode: module.kind === 'JOINT' ? null : module.country_code,
          ...t,
          timeZone: input.timeZone,
          capacity: input.capacity,
          venue: input.venue?.trim() || null,
          onlineUrl: input.onlineUrl?.trim() || null,
          language: input.language,
          allowSingles: input.allowSingles,
          checkInSecret: randomBytes(32).toString('hex'),
          createdById: viewer.personId,
        })),
      );
      const ids = inserted.identifiers.map((x) => x['id'] as string);
      if (input.trainerIds.length)
        await manager.insert(
          SessionTrainer,
          ids.flatMap((sessionId) => input.trainerIds.map((personId) => ({ sessionId, personId }))),
        );
      for (const [i, id] of ids.entries())
        await this.audit.record(manager, {
          actorPersonId: viewer.personId,
          operation: 'scheduleSession',
          targetType: 'TrainingSession',
          targetId: id,
          summary: `Scheduled ${module.code} on ${resolved[i].startsAt.toISOString()} (${input.timeZone}), ${input.capacity} seats`,
          requestId,
        });
      return ids;
    });
  }

  /** The session row locked, visible and editable by the viewer. */
  private async lockForEdit(manager: EntityManager, viewer: Viewer, sessionId: string): Promise<SessionView> {
    await manager.query(`SELECT id FROM training_session WHERE id = $1 FOR UPDATE`, [sessionId]);
    const view = await this.get(viewer, sessionId, manager);
    if (!canEditSession(viewer, view)) throw Errors.forbidden();
    return view;
  }

  async update(viewer: Viewer, input: SessionFieldsInput & { sessionId: string }, requestId: string): Promise<void> {
    const mailIds = await this.db.transaction(async (manager) => {
      const current = await this.lockForEdit(manager, viewer, input.sessionId);
      if (current.status !== 'SCHEDULED') throw Errors.conflict('Only a scheduled session can be changed.');
      const errors: FieldError[] = [
        ...this.placeErrors(input),
        ...(await this.checkTrainers(manager, input.trainerIds, current.countryCode)),
      ];
      const { times, errors: timeErrors } = resolveSessionTimes(input, new Date(), { startsAt: current.startsAt });
      errors.push(...timeErrors);
      if (input.capacity < current.seatsTaken)
        errors.push({
          field: 'capacity',
          message: `must be at least the ${current.seatsTaken} seats already confirmed`,
        });
      if (errors.length || !times) throw Errors.validation(dedupe(errors));
      const venue = input.venue?.trim() || null;
      const onlineUrl = input.onlineUrl?.trim() || null;
      const moved =
        times.startsAt.getTime() !== current.startsAt.getTime() ||
        times.endsAt.getTime() !== current.endsAt.getTime() ||
        venue !== current.venue ||
        onlineUrl !== current.onlineUrl;
      await manager.update(
        TrainingSession,
        { id: current.id },
        {
          ...times,
          timeZone: input.timeZone,
          capacity: input.capacity,
          venue,
          onlineUrl,
          language: input.language,
          allowSingles: input.allowSingles,
          sequence: moved ? current.sequence + 1 : current.sequence,
        },
      );
      await manager.delete(SessionTrainer, { sessionId: current.id });
      if (input.trainerIds.length)
        await manager.insert(
          SessionTrainer,
          input.trainerIds.map((personId) => ({
            sessionId: current.id,
            personId,
          })),
        );
      const ids: string[] = [];
      if (moved) {
        const people = await this.enrolments.activePeople(manager, current.id);
        ids.push(
          ...(await queueSessionMail(
            manager,
            this.mail,
            people,
            'SESSION_CHANGED',
            {
              ...current,
              ...times,
              venue,
              onlineUrl,
              timeZone: input.timeZone,
            },
            {},
          )),
        );
      }
      // A larger capacity frees seats: the waitlist moves in the same transaction.
      if (input.capacity > current.capacity) ids.push(...(await this.enrolments.promote(manager, current.id)));
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'updateSession',
        targetType: 'TrainingSession',
        targetId: current.id,
        summary: `Changed ${current.moduleCode} session: ${times.startsAt.toISOString()}, ${input.capacity} seats${moved ? ' (time or place changed; enrolled people told)' : ''}`,
        requestId,
      });
      return ids;
    });
    await this.mail.dispatch(mailIds);
  }

  async cancel(viewer: Viewer, sessionId: string, reason: string, requestId: string): Promise<void> {
    const mailIds = await this.db.transaction(async (manager) => {
      const current = await this.lockForEdit(manager, viewer, sessionId);
      if (current.status !== 'SCHEDULED') throw Errors.conflict('Only a scheduled session can be cancelled.');
      if (!reason.trim()) throw Errors.validation([{ field: 'reason', message: 'is required' }]);
      await manager.update(
        TrainingSession,
        { id: sessionId },
        {
          status: 'CANCELLED',
          cancelReason: reason.trim(),
          sequence: current.sequence + 1,
        },
      );
      const people = await this.enrolments.activePeople(manager, sessionId);
      const ids = await queueSessionMail(manager, this.mail, people, 'SESSION_CANCELLED', current, {
        reason: reason.trim(),
      });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'cancelSession',
        targetType: 'TrainingSession',
        targetId: sessionId,
        summary: `Cancelled the ${current.moduleCode} session of ${current.startsAt.toISOString()}: ${reason.trim()}`,
        requestId,
      });
      return ids;
    });
    await this.mail.dispatch(mailIds);
  }

  async complete(viewer: Viewer, sessionId: string, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const current = await this.lockForEdit(manager, viewer, sessionId);
      if (current.status !== 'SCHEDULED') throw Errors.conflict('Only a scheduled session can be completed.');
      if (current.startsAt.getTime() > Date.now())
        throw Errors.conflict('A session can be completed once it has started.');
      await manager.update(TrainingSession, { id: sessionId }, { status: 'COMPLETED' });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'completeSession',
        targetType: 'TrainingSession',
        targetId: sessionId,
        summary: `Completed the ${current.moduleCode} session of ${current.startsAt.toISOString()}`,
        requestId,
      });
    });
  }
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.field}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
