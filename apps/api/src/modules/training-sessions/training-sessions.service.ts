import { Injectable } from '@nestjs/common';
import type { FieldError } from '@tandem/shared-domain';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { SessionSurveys } from '../surveys/session-surveys.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { dedupeFieldErrors } from '../../common/validation';
import type {
  AgendaArgs,
  ScheduleSessionInput,
  SeriesDateInput,
  SessionFieldsInput,
  TrainingSessionsArgs,
} from './dto/session.input';
import { EnrolmentsRepository } from './enrolments.repository';
import { WaitlistService } from './waitlist.service';
import { SeatLocks } from './seat-locks.repository';
import { canEditSession, canScheduleFor, SessionAccess } from './session-access';
import { SessionMailer } from './session-mail';
import { editionRulesOf, placeErrors, resolveSessionTimes, SessionTimes } from './session-times';
import type { SessionFilter, SessionView } from './session-views';
import { ModuleRow, TrainingSessionsRepository } from './training-sessions.repository';
import { invalid } from '../../common/field-error';

const notScheduled = (what: string) =>
  new DomainError('SESSION_NOT_SCHEDULED', `Only a scheduled session can be ${what}.`);

/**
 * Scheduling and reading sessions. One transaction per use case; changes of time, place or status
 * raise the calendar SEQUENCE and mail everyone enrolled (in their language) through the outbox.
 * Changes of a session take its gate and row lock as seat-locks.repository.ts orders them.
 */
@Injectable()
export class TrainingSessionsService {
  constructor(
    private readonly repo: TrainingSessionsRepository,
    private readonly enrolmentsRepo: EnrolmentsRepository,
    private readonly waitlist: WaitlistService,
    private readonly locks: SeatLocks,
    private readonly access: SessionAccess,
    private readonly mailer: SessionMailer,
    private readonly audit: AuditService,
    private readonly surveys: SessionSurveys,
  ) {}

  async page(viewer: Viewer, args: TrainingSessionsArgs): Promise<Page<SessionView>> {
    return this.pageOf(
      viewer,
      {
        visibleCountries: await this.access.visibleCountries(this.repo.manager, viewer),
        editionId: args.editionId,
        moduleId: args.moduleId,
        countryCode: args.countryCode,
        status: args.status,
        startsFromNow: args.upcoming,
        openOnly: args.openOnly,
        withSeatsLeft: args.withSeatsLeft,
      },
      args.first,
      args.after,
    );
  }

  /** The trainer's agenda: sessions they are assigned to; for coordinators and admins also the ones they may edit. */
  async agenda(viewer: Viewer, args: AgendaArgs): Promise<Page<SessionView>> {
    const agendaCountries = Access.countries(viewer, 'session.coordinate');
    return this.pageOf(viewer, { agendaCountries, endsFromNow: args.upcoming }, args.first, args.after);
  }

  private async pageOf(
    viewer: Viewer,
    filter: SessionFilter,
    first: number,
    after?: string,
  ): Promise<Page<SessionView>> {
    const key = after ? decodeCursor(after, ['timestamp', 'uuid']) : null;
    const total = await this.repo.count(viewer.personId, filter);
    const views = await this.repo.views(this.repo.manager, viewer.personId, filter, {
      after: key ? { startsAt: key[0], id: key[1] } : undefined,
      limit: first + 1,
    });
    return toPage(
      views,
      first,
      total,
      (v) => [v.startsAt.toISOString(), v.id],
      (v) => v,
    );
  }

  /** One session the viewer may see; NOT_FOUND otherwise. */
  get(viewer: Viewer, id: string, manager: EntityManager = this.repo.manager): Promise<SessionView> {
    return this.access.findVisible(manager, viewer, id);
  }

  private async moduleFor(manager: EntityManager, viewer: Viewer, moduleId: string): Promise<ModuleRow> {
    const module = await this.repo.module(manager, moduleId);
    if (!module) throw Errors.notFound('Module');
    if (!canScheduleFor(viewer, { kind: module.kind, countryCode: module.country_code })) throw Errors.forbidden();
    if (!module.version_id) throw Errors.validation([invalid('moduleId', 'noPublishedVersion')]);
    return module;
  }

  /** Trainers must hold a TRAINER grant of the session's country (of any country for a joint session). */
  private async trainerErrors(
    m: EntityManager,
    trainerIds: string[],
    countryCode: string | null,
  ): Promise<FieldError[]> {
    if (!trainerIds.length) return [];
    const found = await this.repo.trainersAmong(m, trainerIds, countryCode);
    return found.length === trainerIds.length ? [] : [invalid('trainerIds', 'trainersOfCountry')];
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
    return this.repo.transaction(async (m) => {
      const module = await this.moduleFor(m, viewer, input.moduleId);
      const now = new Date();
      const errors: FieldError[] = [
        ...placeErrors(input),
        ...(await this.trainerErrors(m, input.trainerIds, module.country_code)),
      ];
      const resolved: SessionTimes[] = [];
      dates.forEach((d, i) => {
        const { times, errors: timeErrors } = resolveSessionTimes({ ...input, ...d }, now, editionRulesOf(module));
        const prefix = dates.length > 1 ? `dates.${i}.` : '';
        errors.push(
          ...timeErrors.map((e) => ({
            ...e,
            field: e.field === 'timeZone' || e.field === 'hours' ? e.field : prefix + e.field,
          })),
        );
        if (times) resolved.push(times);
      });
      if (errors.length) throw Errors.validation(dedupeFieldErrors(errors));
      const ids = await this.repo.insert(
        m,
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
      // Every session asks the standard feedback questions: its survey is made now, opened at attendance.
      await this.surveys.scheduled(m, ids);
      for (const [i, id] of ids.entries()) {
        await this.repo.setTrainers(m, id, input.trainerIds);
        await this.audit.record(m, {
          actorPersonId: viewer.personId,
          operation: 'scheduleSession',
          targetType: 'TrainingSession',
          targetId: id,
          summary: `Scheduled ${module.code} on ${resolved[i].startsAt.toISOString()} (${input.timeZone}), ${input.capacity} seats`,
          requestId,
        });
      }
      return ids;
    });
  }

  /** Runs `work` on the session locked (gate, then row: lock steps 0 and 2), visible and editable by the viewer. */
  private edit<T>(
    viewer: Viewer,
    sessionId: string,
    work: (m: EntityManager, s: SessionView) => Promise<T>,
  ): Promise<T> {
    return this.locks.gate([sessionId], () =>
      this.repo.transaction(async (m) => {
        await this.locks.lockSession(m, sessionId);
        const view = await this.get(viewer, sessionId, m);
        if (!canEditSession(viewer, view)) throw Errors.forbidden();
        return work(m, view);
      }),
    );
  }

  async update(viewer: Viewer, input: SessionFieldsInput & { sessionId: string }, requestId: string): Promise<void> {
    const mailIds = await this.edit(viewer, input.sessionId, async (m, current) => {
      if (current.status !== 'SCHEDULED') throw notScheduled('changed');
      const errors: FieldError[] = [
        ...placeErrors(input),
        ...(await this.trainerErrors(m, input.trainerIds, current.countryCode)),
      ];
      const rules = editionRulesOf(await this.repo.editionRules(m, current.id));
      const { times, errors: timeErrors } = resolveSessionTimes(input, new Date(), rules, {
        startsAt: current.startsAt,
      });
      errors.push(...timeErrors);
      if (input.capacity < current.seatsTaken)
        errors.push(invalid('capacity', 'seatsBelowConfirmed', { seats: current.seatsTaken }));
      if (errors.length || !times) throw Errors.validation(dedupeFieldErrors(errors));
      const venue = input.venue?.trim() || null;
      const onlineUrl = input.onlineUrl?.trim() || null;
      const moved =
        times.startsAt.getTime() !== current.startsAt.getTime() ||
        times.endsAt.getTime() !== current.endsAt.getTime() ||
        venue !== current.venue ||
        onlineUrl !== current.onlineUrl;
      const change = { ...times, timeZone: input.timeZone, capacity: input.capacity, venue, onlineUrl };
      await this.repo.update(
        m,
        current.id,
        { ...change, language: input.language, allowSingles: input.allowSingles },
        moved,
      );
      await this.repo.setTrainers(m, current.id, input.trainerIds);
      const ids: string[] = [];
      if (moved) {
        const people = await this.enrolmentsRepo.activePeople(m, current.id);
        ids.push(...(await this.mailer.queue(m, people, 'SESSION_CHANGED', { ...current, ...change }, {})));
      }
      // A larger capacity frees seats: the waitlist moves in the same transaction.
      if (input.capacity > current.capacity) ids.push(...(await this.waitlist.promote(m, current.id)));
      await this.audit.record(m, {
        actorPersonId: viewer.personId,
        operation: 'updateSession',
        targetType: 'TrainingSession',
        targetId: current.id,
        summary: `Changed ${current.moduleCode} session: ${times.startsAt.toISOString()}, ${input.capacity} seats${moved ? ' (time or place changed; enrolled people told)' : ''}`,
        requestId,
      });
      return ids;
    });
    await this.mailer.dispatch(mailIds);
  }

  async cancel(viewer: Viewer, sessionId: string, reason: string, requestId: string): Promise<void> {
    const mailIds = await this.edit(viewer, sessionId, async (m, current) => {
      if (current.status !== 'SCHEDULED') throw notScheduled('cancelled');
      if (!reason.trim()) throw Errors.validation([invalid('reason', 'required')]);
      await this.repo.markCancelled(m, sessionId, reason.trim());
      const people = await this.enrolmentsRepo.activePeople(m, sessionId);
      const ids = await this.mailer.queue(m, people, 'SESSION_CANCELLED', current, { reason: reason.trim() });
      await this.audit.record(m, {
        actorPersonId: viewer.personId,
        operation: 'cancelSession',
        targetType: 'TrainingSession',
        targetId: sessionId,
        summary: `Cancelled the ${current.moduleCode} session of ${current.startsAt.toISOString()}: ${reason.trim()}`,
        requestId,
      });
      return ids;
    });
    await this.mailer.dispatch(mailIds);
  }

  async complete(viewer: Viewer, sessionId: string, requestId: string): Promise<void> {
    await this.edit(viewer, sessionId, async (m, current) => {
      if (current.status !== 'SCHEDULED') throw notScheduled('completed');
      if (current.startsAt.getTime() > Date.now())
        throw new DomainError('SESSION_NOT_STARTED', 'A session can be completed once it has started.');
      await this.repo.markCompleted(m, sessionId);
      await this.surveys.attendanceTaken(m, sessionId);
      await this.audit.record(m, {
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
