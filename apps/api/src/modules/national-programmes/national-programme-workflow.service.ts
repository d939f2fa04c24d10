import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuditOperation, isProgrammeCountry } from '@tandem/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { DomainError, Errors } from '../../common/domain-error';
import { displayNames } from '../../database/display-names';
import { canEditModule, ModulesService } from '../modules/modules.service';
import type { NotificationPayload } from '../notifications/notification.entity';
import type { NotificationKind } from '../notifications/notification-kinds';
import { NotificationsService } from '../notifications/notifications.service';
import { EditionsService } from '../programmes/editions.service';
import type { NationalProgrammeTransitionArgs, ReturnNationalProgrammeArgs } from './dto/national-programme.args';
import type { SaveNationalProgrammeInput } from './dto/save-national-programme.input';
import { ModuleFacts, moduleListErrors, ProgrammeTransition, transitionConflict } from './national-programme-rules';
import { toProgrammeNotificationPayload } from './national-programme.mapper';
import type { NationalProgramme } from './national-programme.entity';
import { NationalProgrammesRepository } from './national-programmes.repository';
import { canEditNationalProgramme } from './national-programmes.service';
import { invalid } from '../../common/field-error';

const stale = () =>
  new DomainError(
    'STALE_WRITE',
    'Someone else changed this programme since you opened it. Reload to see their changes, then make yours again.',
  );

/**
 * Changing a national programme: saving the ordered module list (a new revision once one is
 * approved), submitting it, and ADMIN's decision. Each step locks the programme's row, checks the
 * lock version the viewer saw, audits and notifies in the same transaction.
 */
@Injectable()
export class NationalProgrammeWorkflowService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly programmes: NationalProgrammesRepository,
    private readonly editions: EditionsService,
    private readonly modules: ModulesService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  private async checkModules(
    manager: EntityManager,
    viewer: Viewer,
    moduleIds: string[],
    target: { editionId: string; countryCode: string },
  ): Promise<void> {
    const modules = await this.modules.byIds(moduleIds, manager);
    const published = new Set(
      (
        await this.modules.publishedVersions(
          modules.map((m) => m.id),
          manager,
        )
      ).map((v) => v.moduleId),
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
    if (!isProgrammeCountry(countryCode)) throw Errors.validation([invalid('countryCode', 'balticCountry')]);
    if (!canEditNationalProgramme(viewer, countryCode)) throw Errors.forbidden();
    return this.db.transaction(async (manager) => {
      const edition = await this.editions.get(input.editionId, manager);
      await this.checkModules(manager, viewer, input.moduleIds, { editionId: edition.id, countryCode });
      // One save at a time per programme: the newest revision's row is the lock.
      const latest = await this.programmes.lockNewest(manager, edition.id, countryCode);
      if (latest && input.expectedLockVersion !== undefined && latest.lockVersion !== input.expectedLockVersion)
        throw stale();
      if (latest?.status === 'SUBMITTED')
        throw new DomainError(
          'ALREADY_SUBMITTED',
          'The programme is submitted and waits for a decision; it can be changed once it is returned.',
        );

      let programmeId: string;
      let summary: string;
      if (!latest || latest.status === 'APPROVED') {
        if (latest) {
          const current = await this.programmes.moduleIdsOf(manager, latest.id);
          const same = current.length === input.moduleIds.length && current.every((id, i) => id === input.moduleIds[i]);
          if (same) return latest.id;
        }
        const revision = (latest?.revision ?? 0) + 1;
        try {
          programmeId = await this.programmes.insertRevision(manager, {
            editionId: edition.id,
            countryCode,
            revision,
            createdById: viewer.personId,
            // Past the approved revision's lock version: an editor still holding that one gets STALE_WRITE.
            lockVersion: latest ? latest.lockVersion + 1 : 1,
          });
        } catch (e) {
          if (pgErrorCode(e) === PG_UNIQUE_VIOLATION)
            throw new DomainError(
              'STALE_WRITE',
              'Someone else started a revision of this programme at the same time. Reload to see it.',
            );
          throw e;
        }
        summary = latest
          ? `Started revision ${revision} of the ${countryCode} national programme from approved revision ${latest.revision}`
          : `Started the ${countryCode} national programme of ${edition.name}`;
      } else {
        await this.programmes.transition(manager, latest.id, { status: 'DRAFT' });
        programmeId = latest.id;
        summary = `Saved revision ${latest.revision} of the ${countryCode} national programme${latest.status === 'RETURNED' ? ' (returned → draft)' : ''}`;
      }
      await this.programmes.replaceItems(manager, programmeId, input.moduleIds);
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
    const found = await this.programmes.find(manager, args.id);
    if (!found) throw Errors.notFound('National programme');
    if (!mayAct(found)) throw Errors.forbidden();
    const programme = (await this.programmes.lock(manager, args.id)) as NationalProgramme;
    const conflict = transitionConflict(programme.status, transition);
    if (conflict) throw new DomainError(conflict.code, conflict.message, { status: programme.status });
    if (args.expectedLockVersion !== undefined && programme.lockVersion !== args.expectedLockVersion) throw stale();
    return programme;
  }

  /** Tells the recipients other than the viewer, with what renders the notification without further queries. */
  private async tell(
    manager: EntityManager,
    viewer: Viewer,
    recipients: string[],
    kind: NotificationKind,
    p: NationalProgramme,
    extra: NotificationPayload = {},
  ) {
    const others = recipients.filter((id) => id !== viewer.personId);
    if (!others.length) return;
    const edition = await this.editions.get(p.editionId, manager);
    const actor = (await displayNames(manager, [viewer.personId])).get(viewer.personId) ?? '';
    await this.notifications.notify(
      manager,
      others,
      kind,
      toProgrammeNotificationPayload(p, edition.name, actor, extra),
    );
  }

  /** The coordinators of the country, and whoever submitted the revision: the side that waits for the decision. */
  private async countrySide(manager: EntityManager, p: NationalProgramme): Promise<string[]> {
    const coordinators = await this.notifications.holdersOf(manager, 'COORDINATOR', p.countryCode);
    return p.submittedById ? [...coordinators, p.submittedById] : coordinators;
  }

  /** Audits a step of the workflow and tells the people it concerns, in the step's transaction. */
  private async recordStep(
    manager: EntityManager,
    viewer: Viewer,
    p: NationalProgramme,
    step: {
      operation: AuditOperation;
      summary: string;
      requestId: string;
      recipients: string[];
      kind: NotificationKind;
    },
    extra?: NotificationPayload,
  ): Promise<void> {
    await this.audit.record(manager, {
      actorPersonId: viewer.personId,
      operation: step.operation,
      targetType: 'NationalProgramme',
      targetId: p.id,
      summary: step.summary,
      requestId: step.requestId,
    });
    await this.tell(manager, viewer, step.recipients, step.kind, p, extra);
  }

  async submit(viewer: Viewer, args: NationalProgrammeTransitionArgs, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const p = await this.lockForTransition(manager, args, 'submit', (found) =>
        canEditNationalProgramme(viewer, found.countryCode),
      );
      const count = await this.programmes.countItems(manager, p.id);
      if (!count) throw Errors.validation([invalid('moduleIds', 'noModules')]);
      await this.programmes.transition(manager, p.id, { status: 'SUBMITTED', by: viewer.personId });
      await this.recordStep(manager, viewer, p, {
        operation: 'submitNationalProgramme',
        summary: `Submitted revision ${p.revision} of the ${p.countryCode} national programme (${count} modules)`,
        requestId,
        recipients: await this.notifications.holdersOf(manager, 'ADMIN'),
        kind: 'NATIONAL_PROGRAMME_SUBMITTED',
      });
    });
  }

  async approve(viewer: Viewer, args: NationalProgrammeTransitionArgs, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const p = await this.lockForTransition(manager, args, 'approve', () => Access.isAdmin(viewer));
      // The revision in force until now steps down first: the in-force index admits one at a time.
      await this.programmes.supersedeInForce(manager, p);
      await this.programmes.transition(manager, p.id, { status: 'APPROVED', by: viewer.personId });
      await this.recordStep(manager, viewer, p, {
        operation: 'approveNationalProgramme',
        summary: `Approved revision ${p.revision} of the ${p.countryCode} national programme`,
        requestId,
        recipients: await this.countrySide(manager, p),
        kind: 'NATIONAL_PROGRAMME_APPROVED',
      });
    });
  }

  async return(viewer: Viewer, args: ReturnNationalProgrammeArgs, requestId: string): Promise<void> {
    const comments = args.comments.trim();
    if (!comments) throw Errors.validation([invalid('comments', 'returnReason')]);
    await this.db.transaction(async (manager) => {
      const p = await this.lockForTransition(manager, args, 'return', () => Access.isAdmin(viewer));
      await this.programmes.transition(manager, p.id, { status: 'RETURNED', by: viewer.personId, comments });
      await this.recordStep(
        manager,
        viewer,
        p,
        {
          operation: 'returnNationalProgramme',
          summary: `Returned revision ${p.revision} of the ${p.countryCode} national programme: ${comments}`,
          requestId,
          recipients: await this.countrySide(manager, p),
          kind: 'NATIONAL_PROGRAMME_RETURNED',
        },
        { comments },
      );
    });
  }
}
