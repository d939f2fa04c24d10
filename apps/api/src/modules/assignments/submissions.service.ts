import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access, ResourceScope } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { Errors } from '../../common/domain-error';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { NotificationsService } from '../notifications/notifications.service';
import { Person } from '../people/person.entity';
import { EditionsService } from '../programmes/editions.service';
import { StorageService, type Upload } from '../../storage/storage.service';
import type { StoredFile } from '../../storage/stored-file.entity';
import { AssignmentsService, AssignmentView } from './assignments.service';
import { AssignmentSubmission, SubmissionAttachment } from './assignment-submission.entity';
import type {
  ConfirmSubmissionInput,
  RemoveSubmissionAttachmentInput,
  ReviewSubmissionInput,
  SaveSubmissionInput,
  SubmissionsToReviewArgs,
} from './dto/assignment.input';
import { confirm, isEditable, TandemSide } from './submission-rules';

const MAX_ATTACHMENTS = 10;
const FILE_OWNER = 'AssignmentSubmission';

/** What the access rules need to know about a tandem, read in one query. */
export interface TandemFacts {
  id: string;
  editionId: string;
  status: string;
  schoolTutorId: string;
  companyTutorId: string;
  schoolTutorName: string;
  companyTutorName: string;
  countryCodes: string[];
}

export interface SubmissionView {
  submission: AssignmentSubmission;
  assignment: AssignmentView;
  tandem: TandemFacts;
  lastEditedByName: string | null;
  reviewedByName: string | null;
  viewerSide: TandemSide | null;
  canEdit: boolean;
  canConfirm: boolean;
  canReview: boolean;
}

export interface MyAssignmentView {
  assignment: AssignmentView;
  submission: SubmissionView | null;
}

const scopeOf = (t: TandemFacts): ResourceScope => ({
  countryCodes: t.countryCodes,
  memberIds: [t.schoolTutorId, t.companyTutorId],
});
const sideOf = (t: TandemFacts, personId: string): TandemSide | null =>
  t.schoolTutorId === personId ? 'SCHOOL' : t.companyTutorId === personId ? 'COMPANY' : null;
const CHANGED_SINCE =
  'Your partner changed this submission since you opened it. Reload to see their changes, then make yours again.';

@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly assignments: AssignmentsService,
    private readonly editions: EditionsService,
    private readonly notifications: NotificationsService,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
  ) {}

  private async tandems(manager: EntityManager, ids: string[]): Promise<Map<string, TandemFacts>> {
    if (!ids.length) return new Map();
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT t.id, t.edition_id, t.status, t.school_tutor_id, t.company_tutor_id,
              ps.given_name || ' ' || ps.family_name AS school_name, pc.given_name || ' ' || pc.family_name AS company_name,
              ARRAY(SELECT DISTINCT o.country_code::text FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id
                     WHERE tp.person_id IN (t.school_tutor_id, t.company_tutor_id) ORDER BY 1) AS countries
         FROM tandem t JOIN person ps ON ps.id = t.school_tutor_id JOIN person pc ON pc.id = t.company_tutor_id
        WHERE t.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(
      rows.map((r) => [
        r['id'] as string,
        {
          id: r['id'] as string,
          editionId: r['edition_id'] as string,
          status: r['status'] as string,
          schoolTutorId: r['school_tutor_id'] as string,
          companyTutorId: r['company_tutor_id'] as string,
          schoolTutorName: r['school_name'] as string,
          companyTutorName: r['company_name'] as string,
          countryCodes: r['countries'] as string[],
        },
      ]),
    );
  }

  private async views(
    manager: EntityManager,
    viewer: Viewer,
    submissions: AssignmentSubmission[],
  ): Promise<SubmissionView[]> {
    if (!submissions.length) return [];
    const [tandems, assignments] = await Promise.all([
      this.tandems(
        manager,
        submissions.map((s) => s.tandemId),
      ),
      this.assignments.byIds(
        manager,
        submissions.map((s) => s.assignmentId),
      ),
    ]);
    const actorIds = [
      ...new Set(submissions.flatMap((s) => [s.lastEditedById, s.reviewedById]).filter((id): id is string => !!id)),
    ];
    const actors = actorIds.length
      ? await manager.getRepository(Person).find({
          where: { id: In(actorIds) },
          select: { id: true, givenName: true, familyName: true },
        })
      : [];
    const names = new Map(actors.map((p) => [p.id, `${p.givenName} ${p.familyName}`]));
    return submissions.map((submission) => {
      const tandem = tandems.get(submission.tandemId) as TandemFacts;
      const side = sideOf(tandem, viewer.personId);
      const partnerCanWrite = !!side && tandem.status === 'ACTIVE' && isEditable(submission.status);
      const mine =
        side === 'SCHOOL' ? submission.schoolConfirmedAt : side === 'COMPANY' ? submission.companyConfirmedAt : null;
      return {
        submission,
        assignment: assignments.get(submission.assignmentId) as AssignmentView,
        tandem,
        lastEditedByName: submission.lastEditedById ? (names.get(submission.lastEditedById) ?? null) : null,
        reviewedByName: submission.reviewedById ? (names.get(submission.reviewedById) ?? null) : null,
        viewerSide: side,
        canEdit: partnerCanWrite,
        canConfirm: partnerCanWrite && !mine,
        canReview: submission.status === 'SUBMITTED' && Access.can(viewer, 'submission.review', scopeOf(tandem)),
      };
    });
  }

  /** A submission as the viewer may read it; anyone else gets NOT_FOUND, so its existence does not leak. */
  async get(viewer: Viewer, id: string, manager: EntityManager = this.db.manager): Promise<SubmissionView> {
    const submission = await manager.getRepository(AssignmentSubmission).findOneBy({ id });
    if (!submission) throw Errors.notFound('Submission');
    const [view] = await this.views(manager, viewer, [submission]);
    if (!Access.can(viewer, 'submission.read', scopeOf(view.tandem))) throw Errors.notFound('Submission');
    return view;
  }

  /**
   * The viewer's submission locked for a change by a partner: others who may read it get FORBIDDEN,
   * everyone else NOT_FOUND; a tandem that is not ACTIVE writes nothing.
   */
  private async lockForPartner(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<{
    submission: AssignmentSubmission;
    tandem: TandemFacts;
    side: TandemSide;
  }> {
    const submission = await manager
      .getRepository(AssignmentSubmission)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!submission) throw Errors.notFound('Submission');
    const tandem = (await this.tandems(manager, [submission.tandemId])).get(submission.tandemId) as TandemFacts;
    const side = sideOf(tandem, viewer.personId);
    if (!side)
      throw Access.can(viewer, 'submission.read', scopeOf(tandem))
        ? Errors.forbidden('Only the two partners of the tandem write its submission.')
        : Errors.notFound('Submission');
    if (tandem.status !== 'ACTIVE') throw Errors.forbidden('Only an ACTIVE tandem writes submissions.');
    return { submission, tandem, side };
  }

  private assertEditable(submission: AssignmentSubmission, lockVersion: number | undefined): void {
    if (!isEditable(submission.status)) {
      throw Errors.conflict(
        submission.status === 'SUBMITTED'
          ? 'This submission was submitted and waits for review: it cannot be changed now.'
          : 'This submission was accepted: it cannot be changed any more.',
      );
    }
    if (lockVersion !== undefined && lockVersion !== submission.lockVersion) throw Errors.conflict(CHANGED_SINCE);
  }

  /** The viewer's ACTIVE tandem for an assignment they may work on (the assignment's edition; a national module of a partner's country). */
  private async partnerTandem(
    manager: EntityManager,
    viewer: Viewer,
    assignment: AssignmentView,
  ): Promise<TandemFacts> {
    const [row]: { tandem_id: string }[] = await manager.query(
      `SELECT tandem_id FROM tandem_member WHERE edition_id = $1 AND person_id = $2 AND tandem_status = 'ACTIVE'`,
      [assignment.editionId, viewer.personId],
    );
    if (!row) throw Errors.forbidden('Only the partners of an ACTIVE tandem write submissions.');
    const tandem = (await this.tandems(manager, [row.tandem_id])).get(row.tandem_id) as TandemFacts;
    if (assignment.moduleKind === 'NATIONAL' && !tandem.countryCodes.includes(assignment.moduleCountryCode as string))
      throw Errors.notFound('Assignment');
    return tandem;
  }

  /** First save creates the tandem's draft; later saves name the lockVersion they started from. */
  async save(viewer: Viewer, input: SaveSubmissionInput, requestId: string): Promise<string> {
    const assignment = (await this.assignments.byIds(this.db.manager, [input.assignmentId])).get(input.assignmentId);
    if (!assignment) throw Errors.notFound('Assignment');
    return this.db.transaction(async (manager) => {
      const tandem = await this.partnerTandem(manager, viewer, assignment);
      const repo = manager.getRepository(AssignmentSubmission);
      const existing = await repo.findOneBy({
        assignmentId: assignment.id,
        tandemId: tandem.id,
      });
      if (!existing) {
        if (input.lockVersion !== undefined) throw Errors.conflict(CHANGED_SINCE);
        let id: string;
        try {
          const inserted = await manager.insert(AssignmentSubmission, {
            assignmentId: assignment.id,
            tandemId: tandem.id,
            text: input.text,
            lastEditedById: viewer.personId,
          });
          id = inserted.identifiers[0]['id'] as string;
        } catch (e) {
          if (pgErrorCode(e) === PG_UNIQUE_VIOLATION)
            throw Errors.conflict(
              'Your partner started this submission just now. Reload to see it, then make your changes again.',
            );
          throw e;
        }
        await this.audit.record(manager, {
          actorPersonId: viewer.personId,
          operation: 'saveSubmission',
          targetType: 'AssignmentSubmission',
          targetId: id,
          summary: `Started the submission for "${assignment.title}"`,
          requestId,
        });
        return id;
      }
      if (input.lockVersion === undefined)
        throw Errors.conflict(
          'Your partner has already started this submission. Reload to see it, then make your changes again.',
        );
      this.assertEditable(existing, input.lockVersion);
      if (existing.text === input.text && existing.status === 'DRAFT') return existing.id; // nothing changed: confirmations stay
      // The lock-version condition is the optimistic lock: of two saves from the same version, one wins.
      const result = await manager
        .createQueryBuilder()
        .update(AssignmentSubmission)
        .set({
          text: input.text,
          status: 'DRAFT',
          schoolConfirmedAt: null,
          companyConfirmedAt: null,
          lastEditedById: viewer.personId,
        })
        .where(`id = :id AND lock_version = :lock AND status IN ('DRAFT','NEEDS_REVISION')`, {
          id: existing.id,
          lock: input.lockVersion,
        })
        .execute();
      if (!result.affected) throw Errors.conflict(CHANGED_SINCE);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'saveSubmission',
        targetType: 'AssignmentSubmission',
        targetId: existing.id,
        summary: `Saved the submission for "${assignment.title}"`,
        requestId,
      });
      return existing.id;
    });
  }

  /**
   * A partner confirms the content they read (its lockVersion). Under the row lock, so that two
   * confirmations at the same moment see each other: the second one submits, exactly once.
   */
  async confirm(viewer: Viewer, input: ConfirmSubmissionInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const { submission, tandem, side } = await this.lockForPartner(manager, viewer, input.submissionId);
      this.assertEditable(submission, input.lockVersion);
      if (!submission.text.trim() && !submission.attachments.length) {
        throw Errors.validation([
          {
            field: 'text',
            message: 'write something or attach a file before confirming',
          },
        ]);
      }
      const next = confirm(submission, side, new Date());
      if (
        next.schoolConfirmedAt === submission.schoolConfirmedAt &&
        next.companyConfirmedAt === submission.companyConfirmedAt
      )
        return;
      const assignment = (await this.assignments.byIds(manager, [submission.assignmentId])).get(
        submission.assignmentId,
      ) as AssignmentView;
      await manager
        .createQueryBuilder()
        .update(AssignmentSubmission)
        .set({
          schoolConfirmedAt: next.schoolConfirmedAt,
          companyConfirmedAt: next.companyConfirmedAt,
          ...(next.submit ? { status: 'SUBMITTED' as const, submittedAt: () => 'now()' } : {}),
          lockVersion: () => 'lock_version', // a confirmation is no change of content
        })
        .where('id = :id', { id: submission.id })
        .execute();
      const partnerId = side === 'SCHOOL' ? tandem.companyTutorId : tandem.schoolTutorId;
      const actorName = side === 'SCHOOL' ? tandem.schoolTutorName : tandem.companyTutorName;
      const payload = {
        targetType: 'AssignmentSubmission',
        targetId: submission.id,
        assignmentTitle: assignment.title,
        moduleCode: assignment.moduleCode,
        actorName,
      };
      if (next.submit) {
        const trainers = (
          await Promise.all(tandem.countryCodes.map((c) => this.notifications.holdersOf(manager, 'TRAINER', c)))
        ).flat();
        await this.notifications.notify(manager, [...trainers, partnerId], 'ASSIGNMENT_SUBMISSION_SUBMITTED', {
          ...payload,
          tandemNames: `${tandem.schoolTutorName} & ${tandem.companyTutorName}`,
        });
      } else {
        await this.notifications.notify(manager, [partnerId], 'ASSIGNMENT_SUBMISSION_CONFIRMED', payload);
      }
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'confirmSubmission',
        targetType: 'AssignmentSubmission',
        targetId: submission.id,
        summary: next.submit
          ? `Confirmed and submitted the submission for "${assignment.title}"`
          : `Confirmed the submission for "${assignment.title}"`,
        requestId,
      });
    });
  }

  async review(viewer: Viewer, input: ReviewSubmissionInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const submission = await manager.getRepository(AssignmentSubmission).findOne({
        where: { id: input.submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!submission) throw Errors.notFound('Submission');
      const tandem = (await this.tandems(manager, [submission.tandemId])).get(submission.tandemId) as TandemFacts;
      if (!Access.can(viewer, 'submission.read', scopeOf(tandem))) throw Errors.notFound('Submission');
      if (!Access.can(viewer, 'submission.review', scopeOf(tandem)))
        throw Errors.forbidden('Only a trainer of the tandem’s country reviews its submissions.');
      const comment = input.comment.trim();
      if (input.outcome === 'NEEDS_REVISION' && !comment)
        throw Errors.validation([{ field: 'comment', message: 'say what to revise' }]);
      if (submission.status !== 'SUBMITTED')
        throw Errors.conflict(
          'This submission is not waiting for review (it was reviewed already, or is being revised).',
        );
      await manager
        .createQueryBuilder()
        .update(AssignmentSubmission)
        .set({
          status: input.outcome,
          reviewComment: comment || null,
          reviewedById: viewer.personId,
          reviewedAt: () => 'now()',
          // Returned for revision: the revised content needs both confirmations again.
          ...(input.outcome === 'NEEDS_REVISION' ? { schoolConfirmedAt: null, companyConfirmedAt: null } : {}),
          lockVersion: () => 'lock_version',
        })
        .where('id = :id', { id: submission.id })
        .execute();
      const assignment = (await this.assignments.byIds(manager, [submission.assignmentId])).get(
        submission.assignmentId,
      ) as AssignmentView;
      const reviewer = await manager.getRepository(Person).findOneByOrFail({ id: viewer.personId });
      await this.notifications.notify(
        manager,
        [tandem.schoolTutorId, tandem.companyTutorId],
        'ASSIGNMENT_SUBMISSION_REVIEWED',
        {
          targetType: 'AssignmentSubmission',
          targetId: submission.id,
          assignmentTitle: assignment.title,
          moduleCode: assignment.moduleCode,
          outcome: input.outcome,
          actorName: `${reviewer.givenName} ${reviewer.familyName}`,
        },
      );
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'reviewSubmission',
        targetType: 'AssignmentSubmission',
        targetId: submission.id,
        summary: `Reviewed the submission for "${assignment.title}" of ${tandem.schoolTutorName} & ${tandem.companyTutorName}: ${input.outcome}`,
        requestId,
      });
    });
  }

  /** The assignments for the viewer's tandem of the edition (none without a tandem), each with the tandem's submission. */
  async mine(viewer: Viewer, editionId?: string): Promise<MyAssignmentView[]> {
    const edition = editionId ? { id: editionId } : await this.editions.current();
    if (!edition) return [];
    const [row]: { tandem_id: string }[] = await this.db.query(
      `SELECT tandem_id FROM tandem_member WHERE edition_id = $1 AND person_id = $2 AND tandem_status IN ('ACTIVE','COMPLETED')`,
      [edition.id, viewer.personId],
    );
    if (!row) return [];
    const tandem = (await this.tandems(this.db.manager, [row.tandem_id])).get(row.tandem_id) as TandemFacts;
    const assignments = await this.assignments.forTandem(this.db.manager, edition.id, tandem.countryCodes);
    const submissions = assignments.length
      ? await this.db.getRepository(AssignmentSubmission).findBy({
          tandemId: tandem.id,
          assignmentId: In(assignments.map((a) => a.id)),
        })
      : [];
    const views = new Map(
      (await this.views(this.db.manager, viewer, submissions)).map((v) => [v.submission.assignmentId, v]),
    );
    return assignments.map((assignment) => ({
      assignment,
      submission: views.get(assignment.id) ?? null,
    }));
  }

  /** Submissions of the viewer's countries in a status, longest waiting first (keyset pages). */
  async list(viewer: Viewer, args: SubmissionsToReviewArgs): Promise<Page<SubmissionView>> {
    const countries = Access.countries(viewer, 'submission.list');
    const qb = this.db
      .getRepository(AssignmentSubmission)
      .createQueryBuilder('s')
      .where('s.status = :status', { status: args.status });
    if (countries !== 'ALL') {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM tandem t JOIN tutor_profile tp ON tp.person_id IN (t.school_tutor_id, t.company_tutor_id)
                   JOIN organisation o ON o.id = tp.organisation_id
                  WHERE t.id = s.tandem_id AND o.country_code = ANY(:countries))`,
        { countries },
      );
    }
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [afterId] = decodeCursor(args.after, 1);
      qb.andWhere(
        `(coalesce(s.submitted_at, s.created_at), s.id) > (SELECT coalesce(a.submitted_at, a.created_at), a.id FROM assignment_submission a WHERE a.id = CAST(:afterId AS uuid))`,
        { afterId },
      );
    }
    const rows = await qb
      .orderBy('coalesce(s.submitted_at, s.created_at)', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(args.first + 1)
      .getMany();
    const views = new Map(
      (await this.views(this.db.manager, viewer, rows.slice(0, args.first))).map((v) => [v.submission.id, v]),
    );
    return toPage(
      rows,
      args.first,
      totalCount,
      (s) => [s.id],
      (s) => views.get(s.id) as SubmissionView,
    );
  }

  /** Changes the attachment list of a partner's editable submission; any change clears both confirmations. */
  private async changeAttachments(
    manager: EntityManager,
    viewer: Viewer,
    submissionId: string,
    lockVersion: number,
    edit: (list: SubmissionAttachment[]) => SubmissionAttachment[],
    summary: string,
    requestId: string,
  ): Promise<number> {
    const { submission } = await this.lockForPartner(manager, viewer, submissionId);
    this.assertEditable(submission, lockVersion);
    const attachments = edit(submission.attachments);
    if (attachments.length > MAX_ATTACHMENTS)
      throw Errors.validation([
        {
          field: 'file',
          message: `at most ${MAX_ATTACHMENTS} files per submission`,
        },
      ]);
    await manager
      .createQueryBuilder()
      .update(AssignmentSubmission)
      .set({
        attachments,
        status: 'DRAFT',
        schoolConfirmedAt: null,
        companyConfirmedAt: null,
        lastEditedById: viewer.personId,
      })
      .where('id = :id', { id: submission.id })
      .execute();
    await this.audit.record(manager, {
      actorPersonId: viewer.personId,
      operation: 'editSubmissionAttachments',
      targetType: 'AssignmentSubmission',
      targetId: submission.id,
      summary,
      requestId,
    });
    return submission.lockVersion + 1;
  }

  /** Checks the viewer may change the submission before any byte is stored; then stores it with the change. Answers the new lockVersion. */
  async addAttachment(
    viewer: Viewer,
    submissionId: string,
    lockVersion: number,
    upload: Upload,
    requestId: string,
  ): Promise<number> {
    await this.db.transaction(async (manager) => {
      const { submission } = await this.lockForPartner(manager, viewer, submissionId);
      this.assertEditable(submission, lockVersion);
      if (submission.attachments.length >= MAX_ATTACHMENTS)
        throw Errors.validation([
          {
            field: 'file',
            message: `at most ${MAX_ATTACHMENTS} files per submission`,
          },
        ]);
    });
    return this.storage.store(
      upload,
      { ownerType: FILE_OWNER, ownerId: submissionId },
      viewer.personId,
      (manager, file: StoredFile) =>
        this.changeAttachments(
          manager,
          viewer,
          submissionId,
          lockVersion,
          (list) => [
            ...list,
            {
              fileId: file.id,
              fileName: file.fileName,
              contentType: file.contentType,
              sizeBytes: file.sizeBytes,
              uploadedById: viewer.personId,
            },
          ],
          `Attached "${file.fileName}" to a submission`,
          requestId,
        ),
    );
  }

  async removeAttachment(viewer: Viewer, input: RemoveSubmissionAttachmentInput, requestId: string): Promise<void> {
    await this.db.transaction((manager) =>
      this.changeAttachments(
        manager,
        viewer,
        input.submissionId,
        input.lockVersion,
        (list) => {
          if (!list.some((a) => a.fileId === input.fileId)) throw Errors.notFound('Attachment');
          return list.filter((a) => a.fileId !== input.fileId);
        },
        'Removed an attachment from a submission',
        requestId,
      ),
    );
  }

  /** A file attached to a submission the viewer may read; NOT_FOUND otherwise, so its existence does not leak. */
  async downloadable(viewer: Viewer, fileId: string): Promise<StoredFile> {
    const file = await this.storage.find(fileId);
    if (!file || file.ownerType !== FILE_OWNER) throw Errors.notFound('File');
    const view = await this.get(viewer, file.ownerId).catch(() => null);
    if (!view || !view.submission.attachments.some((a) => a.fileId === fileId)) throw Errors.notFound('File');
    return file;
  }
}
