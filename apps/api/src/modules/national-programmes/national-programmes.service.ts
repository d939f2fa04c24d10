import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isProgrammeCountry } from '@tandem/shared-domain';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { Errors } from '../../common/domain-error';
import { ModuleVersion } from '../modules/module-version.entity';
import { Module } from '../modules/module.entity';
import { canEditModule } from '../modules/modules.service';
import type { NotificationPayload } from '../notifications/notification.entity';
import type { NotificationKind } from '../notifications/notification-kinds';
import { NotificationsService } from '../notifications/notifications.service';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';
import { EditionsService } from '../programmes/editions.service';
import type { NationalProgrammeTransitionArgs, ReturnNationalProgrammeArgs } from './dto/national-programme.args';
import type { SaveNationalProgrammeInput } from './dto/save-national-programme.input';
import { NationalProgrammeItem } from './national-programme-item.entity';
import { ModuleFacts, moduleListErrors, ProgrammeTransition, transitionConflict } from './national-programme-rules';
import { NationalProgrammeView, ProgrammeItemView, toProgrammeNotificationPayload } from './national-programme.mapper';
import { NationalProgramme } from './national-programme.entity';

/** Besides ADMIN, the roles that read every revision of a country's programme (in their scope); everyone else reads approved ones. */

/** The country's COORDINATOR, or an ADMIN, makes and submits its programme. */
export function canEditNationalProgramme(viewer: Viewer, countryCode: string): boolean {
  return Access.can(viewer, 'nationalProgramme.edit', { countryCode });
}

const STALE =
  'Someone else changed this programme since you opened it. Reload to see their changes, then make yours again.';
const SAVE_RACE = 'Someone else started a revision of this programme at the same time. Reload to see it.';

@Injectable()
export class NationalProgrammesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The revisions of an edition the viewer may see (filtered in SQL), per country newest first. */
  private visibleRevisions(viewer: Viewer, editionId: string, countryCode?: string): Promise<NationalProgramme[]> {
    const full = Access.countries(viewer, 'nationalProgramme.readDrafts');
    const qb = this.db
      .getRepository(NationalProgramme)
      .createQueryBuilder('p')
      .where('p.edition_id = :editionId', { editionId })
      .orderBy('p.country_code', 'ASC')
      .addOrderBy('p.revision', 'DESC');
    if (countryCode) qb.andWhere('p.country_code = :countryCode', { countryCode });
    if (full !== 'ALL') {
      qb.andWhere(
        new Brackets((b) => b.where(`p.status = 'APPROVED'`).orWhere('p.country_code = ANY(:full)', { full })),
      );
    }
    return qb.getMany();
  }

  /** Items (with each module's published version), names and the viewer's capabilities, in a fixed number of queries. */
  private async views(
    viewer: Viewer,
    shown: NationalProgramme[],
    revisionsOf: (p: NationalProgramme) => NationalProgramme[],
  ): Promise<NationalProgrammeView[]> {
    if (!shown.length) return [];
    const items = await this.db.getRepository(NationalProgrammeItem).find({
      where: { programmeId: In(shown.map((p) => p.id)) },
      relations: { module: true },
      order: { position: 'ASC' },
    });
    const moduleIds = [...new Set(items.map((i) => i.moduleId))];
    const versions = moduleIds.length
      ? await this.db.getRepository(ModuleVersion).findBy({ moduleId: In(moduleIds), status: 'PUBLISHED' })
      : [];
    const versionOf = new Map(versions.map((v) => [v.moduleId, v]));
    const people = new Set(
      shown
        .flatMap((p) => revisionsOf(p))
        .flatMap((r) => [r.submittedById, r.decidedById])
        .filter((id): id is string => !!id),
    );
    const persons = people.size
      ? await this.db
          .getRepository(Person)
          .find({ where: { id: In([...people]) }, select: { id: true, givenName: true, familyName: true } })
      : [];
    const names = new Map(persons.map((p) => [p.id, `${p.givenName} ${p.familyName}`]));
    return shown.map((programme) => {
      const revisions = revisionsOf(programme);
      const own: ProgrammeItemView[] = items
        .filter((i) => i.programmeId === programme.id)
        .map((i) => ({ position: i.position, module: i.module as Module, version: versionOf.get(i.moduleId) ?? null }));
      const editor = canEditNationalProgramme(viewer, programme.countryCode);
      // Editors read every revision, so the newest one they see is the newest there is.
      const newest = editor && revisions[0]?.id === programme.id;
      return {
        programme,
        items: own,
        revisions,
        names,
        full: Access.can(viewer, 'nationalProgramme.readDrafts', { countryCode: programme.countryCode }),
        canEdit: newest && programme.status !== 'SUBMITTED',
        canSubmit: newest && (programme.status === 'DRAFT' || programme.status === 'RETURNED') && own.length > 0,
        canDecide: Access.isAdmin(viewer) && programme.status === 'SUBMITTED',
      };
    });
  }

  /**
   * One programme per country of the edition: the newest revision for those who read everything of
   * that country (the one being worked on), the revision in force for everyone else.
   */
  async list(viewer: Viewer, editionId?: string): Promise<NationalProgrammeView[]> {
    const id = editionId ?? (await this.editions.current())?.id;
    if (!id) return [];
    if (editionId && !(await this.db.getRepository(Edition).existsBy({ id }))) throw Errors.notFound('Edition');
    const revisions = await this.visibleRevisions(viewer, id);
    const byCountry = new Map<string, NationalProgramme[]>();
    for (const r of revisions) byCountry.set(r.countryCode, [...(byCountry.get(r.countryCode) ?? []), r]);
    const shown = [...byCountry.values()].map((rs) => rs[0]);
    return this.views(viewer, shown, (p) => byCountry.get(p.countryCode) ?? []);
  }

  /** Any revision the viewer may see, with the history of its country's programme. */
  async get(viewer: Viewer, id: string): Promise<NationalProgrammeView> {
    const programme = await this.db.getRepository(NationalProgramme).findOneBy({ id });
    if (!programme) throw Errors.notFound('National programme');
    const revisions = await this.visibleRevisions(viewer, programme.editionId, programme.countryCode);
    if (!revisions.some((r) => r.id === id)) throw Errors.notFound('National programme');
    const [view] = await this.views(viewer, [programme], () => revisions);
    return view;
  }

  private async checkModules(
    manager: EntityManager,
    viewer: Viewer,
    moduleIds: string[],
    target: { editionId: string; countryCode: string },
  ): Promise<void> {
    const unique = [...new Set(moduleIds)];
    const modules = unique.length ? await manager.getRepository(Module).findBy({ id: In(unique) }) : [];
    const published = new Set(
      modules.length
        ? (
            await manager.getRepository(ModuleVersion).find({
              select: { moduleId: true },
              where: { moduleId: In(modules.map((m) => m.id)), status: 'PUBLISHED' },
            })
          ).map((v) => v.moduleId)
        : [],
    );
    const facts = new Map<string, ModuleFacts>(
      modules.map((m) => [
        m.id,
        {
          editionId: m.editionId,
          kind: m.kind,
          countryCode: m.countryCode,
          code: m.code,
          published: published.has(m.id),
          // An unpublished module is known only to its editors: others get "not a known module".
          visible: published.has(m.id) || canEditModule(viewer, m),
        },
      ]),
    );
    const errors = moduleListErrors(moduleIds, facts, target);
    if (errors.length) throw Errors.validation(errors);
  }

  /**
   * Saves the ordered module list: creates revision 1, edits a DRAFT or RETURNED revision (which
   * becomes DRAFT), or, when the newest revision is APPROVED and the list differs, starts revision n+1.
   * Returns the id of the revision saved.
   */
  async save(viewer: Viewer, input: SaveNationalProgrammeInput, requestId: string): Promise<string> {
    const countryCode = input.countryCode.toUpperCase();
    if (!isProgrammeCountry(countryCode))
      throw Errors.validation([{ field: 'countryCode', message: 'must be EE, LV or LT' }]);
    if (!canEditNationalProgramme(viewer, countryCode)) throw Errors.forbidden();
    return this.db.transaction(async (manager) => {
      const edition = await manager.getRepository(Edition).findOneBy({ id: input.editionId });
      if (!edition) throw Errors.notFound('Edition');
      await this.checkModules(manager, viewer, input.moduleIds, { editionId: edition.id, countryCode });
      const repo = manager.getRepository(NationalProgramme);
      // One save at a time per programme: the newest revision's row is the lock.
      const latest = await repo.findOne({
        where: { editionId: edition.id, countryCode },
        order: { revision: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (latest && input.expectedLockVersion !== undefined && latest.lockVersion !== input.expectedLockVersion)
        throw Errors.conflict(STALE);
      if (latest?.status === 'SUBMITTED') {
        throw Errors.conflict(
          'The programme is submitted and waits for a decision; it can be changed once it is returned.',
        );
      }

      let programmeId: string;
      let summary: string;
      if (!latest || latest.status === 'APPROVED') {
        if (latest) {
          const current = await manager
            .getRepository(NationalProgrammeItem)
            .find({ where: { programmeId: latest.id }, order: { position: 'ASC' } });
          const same =
            current.length === input.moduleIds.length &&
            current.every((item, i) => item.moduleId === input.moduleIds[i]);
          if (same) return latest.id;
        }
        const revision = (latest?.revision ?? 0) + 1;
        try {
          const inserted = await manager.insert(NationalProgramme, {
            editionId: edition.id,
            countryCode,
            revision,
            status: 'DRAFT',
            createdById: viewer.personId,
            // Past the approved revision's lock version: an editor still holding that one gets CONFLICT.
            lockVersion: latest ? latest.lockVersion + 1 : 1,
          });
          programmeId = inserted.identifiers[0]['id'] as string;
        } catch (e) {
          if (pgErrorCode(e) === PG_UNIQUE_VIOLATION) throw Errors.conflict(SAVE_RACE);
          throw e;
        }
        summary = latest
          ? `Started revision ${revision} of the ${countryCode} national programme from approved revision ${latest.revision}`
          : `Started the ${countryCode} national programme of ${edition.name}`;
      } else {
        await manager
          .createQueryBuilder()
          .update(NationalProgramme)
          .set({ status: 'DRAFT', lockVersion: () => 'lock_version + 1' })
          .where('id = :id', { id: latest.id })
          .execute();
        await manager.delete(NationalProgrammeItem, { programmeId: latest.id });
        programmeId = latest.id;
        summary = `Saved revision ${latest.revision} of the ${countryCode} national programme${latest.status === 'RETURNED' ? ' (returned → draft)' : ''}`;
      }
      if (input.moduleIds.length) {
        await manager.insert(
          NationalProgrammeItem,
          input.moduleIds.map((moduleId, i) => ({ programmeId, position: i + 1, moduleId })),
        );
      }
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'saveNationalProgramme',
        targetType: 'NationalProgramme',
        targetId: programmeId,
        summary: `${summary}: ${input.moduleIds.length} modules`,
        requestId,
      });
      return programmeId;
    });
  }

  /**
   * Checks who may act, then locks the row: concurrent transitions of one programme run one after
   * the other, and the later one sees the status the earlier one left.
   */
  private async lockForTransition(
    manager: EntityManager,
    args: NationalProgrammeTransitionArgs,
    transition: ProgrammeTransition,
    mayAct: (p: NationalProgramme) => boolean,
  ): Promise<NationalProgramme> {
    const repo = manager.getRepository(NationalProgramme);
    const found = await repo.findOneBy({ id: args.id });
    if (!found) throw Errors.notFound('National programme');
    if (!mayAct(found)) throw Errors.forbidden();
    const programme = await repo.findOneOrFail({ where: { id: args.id }, lock: { mode: 'pessimistic_write' } });
    const conflict = transitionConflict(programme.status, transition);
    if (conflict) throw Errors.conflict(conflict);
    if (args.expectedLockVersion !== undefined && programme.lockVersion !== args.expectedLockVersion)
      throw Errors.conflict(STALE);
    return programme;
  }

  private async payload(
    manager: EntityManager,
    viewer: Viewer,
    p: NationalProgramme,
    extra: NotificationPayload = {},
  ): Promise<NotificationPayload> {
    const edition = await manager.getRepository(Edition).findOneByOrFail({ id: p.editionId });
    const actor = await manager.getRepository(Person).findOneByOrFail({ id: viewer.personId });
    return toProgrammeNotificationPayload(p, edition.name, `${actor.givenName} ${actor.familyName}`, extra);
  }

  private async tell(
    manager: EntityManager,
    viewer: Viewer,
    recipients: string[],
    kind: NotificationKind,
    p: NationalProgramme,
    extra?: NotificationPayload,
  ) {
    const others = recipients.filter((id) => id !== viewer.personId);
    if (others.length)
      await this.notifications.notify(manager, others, kind, await this.payload(manager, viewer, p, extra));
  }

  /** The coordinators of the country, and whoever submitted the revision: the side that waits for the decision. */
  private async countrySide(manager: EntityManager, p: NationalProgramme): Promise<string[]> {
    const coordinators = await this.notifications.holdersOf(manager, 'COORDINATOR', p.countryCode);
    return p.submittedById ? [...coordinators, p.submittedById] : coordinators;
  }

  async submit(viewer: Viewer, args: NationalProgrammeTransitionArgs, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const p = await this.lockForTransition(manager, args, 'submit', (found) =>
        canEditNationalProgramme(viewer, found.countryCode),
      );
      const count = await manager.getRepository(NationalProgrammeItem).countBy({ programmeId: p.id });
      if (!count)
        throw Errors.validation([{ field: 'moduleIds', message: 'add at least one module before submitting' }]);
      await manager
        .createQueryBuilder()
        .update(NationalProgramme)
        .set({
          status: 'SUBMITTED',
          submittedAt: () => 'now()',
          submittedById: viewer.personId,
          lockVersion: () => 'lock_version + 1',
        })
        .where('id = :id', { id: p.id })
        .execute();
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'submitNationalProgramme',
        targetType: 'NationalProgramme',
        targetId: p.id,
        summary: `Submitted revision ${p.revision} of the ${p.countryCode} national programme (${count} modules)`,
        requestId,
      });
      await this.tell(
        manager,
        viewer,
        await this.notifications.holdersOf(manager, 'ADMIN'),
        'NATIONAL_PROGRAMME_SUBMITTED',
        p,
      );
    });
  }

  async approve(viewer: Viewer, args: NationalProgrammeTransitionArgs, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const p = await this.lockForTransition(manager, args, 'approve', () => Access.isAdmin(viewer));
      // The revision in force until now steps down first: the in-force index admits one at a time.
      await manager
        .createQueryBuilder()
        .update(NationalProgramme)
        .set({ supersededAt: () => 'now()' })
        .where(
          `edition_id = :editionId AND country_code = :countryCode AND status = 'APPROVED' AND superseded_at IS NULL AND id <> :id`,
          {
            editionId: p.editionId,
            countryCode: p.countryCode,
            id: p.id,
          },
        )
        .execute();
      await manager
        .createQueryBuilder()
        .update(NationalProgramme)
        .set({
          status: 'APPROVED',
          decidedAt: () => 'now()',
          decidedById: viewer.personId,
          lockVersion: () => 'lock_version + 1',
        })
        .where('id = :id', { id: p.id })
        .execute();
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'approveNationalProgramme',
        targetType: 'NationalProgramme',
        targetId: p.id,
        summary: `Approved revision ${p.revision} of the ${p.countryCode} national programme`,
        requestId,
      });
      await this.tell(manager, viewer, await this.countrySide(manager, p), 'NATIONAL_PROGRAMME_APPROVED', p);
    });
  }

  async return(viewer: Viewer, args: ReturnNationalProgrammeArgs, requestId: string): Promise<void> {
    const comments = args.comments.trim();
    if (!comments)
      throw Errors.validation([
        { field: 'comments', message: 'say what should change before returning the programme' },
      ]);
    await this.db.transaction(async (manager) => {
      const p = await this.lockForTransition(manager, args, 'return', () => Access.isAdmin(viewer));
      await manager
        .createQueryBuilder()
        .update(NationalProgramme)
        .set({
          status: 'RETURNED',
          returnComments: comments,
          decidedAt: () => 'now()',
          decidedById: viewer.personId,
          lockVersion: () => 'lock_version + 1',
        })
        .where('id = :id', { id: p.id })
        .execute();
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'returnNationalProgramme',
        targetType: 'NationalProgramme',
        targetId: p.id,
        summary: `Returned revision ${p.revision} of the ${p.countryCode} national programme: ${comments}`,
        requestId,
      });
      await this.tell(manager, viewer, await this.countrySide(manager, p), 'NATIONAL_PROGRAMME_RETURNED', p, {
        comments,
      });
    });
  }
}
