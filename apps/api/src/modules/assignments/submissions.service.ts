import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { scopeOf } from '../../access-facts/access-facts';
import { AccessFactsRepository } from '../../access-facts/access-facts.repository';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { displayNames } from '../../database/display-names';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { EditionsService } from '../programmes/editions.service';
import type { AssignmentView } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import type { AssignmentSubmission } from './assignment-submission.entity';
import type { SubmissionsToReviewArgs } from './dto/assignment.input';
import { sideOf, SubmissionAccess, type SubmissionTandem } from './submission-access';
import { isEditable, type TandemSide } from './submission-rules';
import { SubmissionsRepository } from './submissions.repository';

export interface SubmissionView {
  submission: AssignmentSubmission;
  assignment: AssignmentView;
  tandem: SubmissionTandem;
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

/**
 * Reading submissions: a tandem's own, and the review queue of a trainer's or coordinator's
 * countries. Writes: SubmissionEditingService (the partners), SubmissionReviewService (trainers),
 * SubmissionFilesService (attachments).
 */
@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly submissions: SubmissionsRepository,
    private readonly access: SubmissionAccess,
    private readonly facts: AccessFactsRepository,
    private readonly assignments: AssignmentsService,
    private readonly editions: EditionsService,
  ) {}

  /** Views of many submissions in a fixed number of queries (one after the other on `manager`). */
  private async views(
    manager: EntityManager,
    viewer: Viewer,
    submissions: AssignmentSubmission[],
  ): Promise<SubmissionView[]> {
    if (!submissions.length) return [];
    const tandems = await this.access.tandems(
      manager,
      submissions.map((s) => s.tandemId),
    );
    const assignments = await this.assignments.byIds(
      manager,
      submissions.map((s) => s.assignmentId),
    );
    const names = await displayNames(
      manager,
      submissions.flatMap((s) => [s.lastEditedById, s.reviewedById]).filter((id): id is string => !!id),
    );
    return submissions.map((submission) => {
      const tandem = tandems.get(submission.tandemId) as SubmissionTandem;
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
        canReview: submission.status === 'SUBMITTED' && Access.can(viewer, 'submission.review', scopeOf.tandem(tandem)),
      };
    });
  }

  /** A submission as the viewer may read it; anyone else gets NOT_FOUND, so its existence does not leak. */
  async get(viewer: Viewer, id: string): Promise<SubmissionView> {
    const submission = await this.submissions.find(this.db.manager, id);
    if (!submission) throw Errors.notFound('Submission');
    const [view] = await this.views(this.db.manager, viewer, [submission]);
    if (!Access.can(viewer, 'submission.read', scopeOf.tandem(view.tandem))) throw Errors.notFound('Submission');
    return view;
  }

  /** The assignments for the viewer's tandem of the edition (none without a tandem), each with the tandem's submission. */
  async mine(viewer: Viewer, editionId?: string): Promise<MyAssignmentView[]> {
    const edition = editionId ?? (await this.editions.currentId());
    if (!edition) return [];
    const db = this.db.manager;
    const tandem = await this.facts.tandemOf(db, edition, viewer.personId, ['ACTIVE', 'COMPLETED']);
    if (!tandem) return [];
    const assignments = await this.assignments.forCountries(db, edition, tandem.countryCodes);
    const submissions = await this.submissions.ofTandem(
      db,
      tandem.id,
      assignments.map((a) => a.id),
    );
    const views = new Map((await this.views(db, viewer, submissions)).map((v) => [v.submission.assignmentId, v]));
    return assignments.map((assignment) => ({ assignment, submission: views.get(assignment.id) ?? null }));
  }

  /** Submissions of the viewer's countries in a status, longest waiting first (keyset pages). */
  async list(viewer: Viewer, args: SubmissionsToReviewArgs): Promise<Page<SubmissionView>> {
    const filter = { status: args.status, countries: Access.countries(viewer, 'submission.list') };
    const afterId = args.after ? decodeCursor(args.after, ['uuid'])[0] : null;
    const db = this.db.manager;
    const totalCount = await this.submissions.count(db, filter);
    const rows = await this.submissions.byIds(db, await this.submissions.pageIds(db, filter, afterId, args.first + 1));
    const views = new Map((await this.views(db, viewer, rows.slice(0, args.first))).map((v) => [v.submission.id, v]));
    return toPage(
      rows,
      args.first,
      totalCount,
      (s) => [s.id],
      (s) => views.get(s.id) as SubmissionView,
    );
  }
}
