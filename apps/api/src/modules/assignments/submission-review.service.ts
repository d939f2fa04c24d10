import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { scopeOf } from '../../access-facts/access-facts';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { displayNames } from '../../database/display-names';
import { NotificationsService } from '../notifications/notifications.service';
import type { AssignmentView } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import type { ReviewSubmissionInput } from './dto/assignment.input';
import { SubmissionAccess } from './submission-access';
import { SubmissionsRepository } from './submissions.repository';
import { invalid } from '../../common/field-error';

/** A trainer of the tandem's country accepts a submitted submission or returns it for revision. */
@Injectable()
export class SubmissionReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly submissions: SubmissionsRepository,
    private readonly access: SubmissionAccess,
    private readonly assignments: AssignmentsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async review(viewer: Viewer, input: ReviewSubmissionInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const submission = await this.submissions.lock(manager, input.submissionId);
      if (!submission) throw Errors.notFound('Submission');
      const tandem = await this.access.tandem(manager, submission.tandemId);
      if (!Access.can(viewer, 'submission.read', scopeOf.tandem(tandem))) throw Errors.notFound('Submission');
      if (!Access.can(viewer, 'submission.review', scopeOf.tandem(tandem)))
        throw Errors.forbidden('Only a trainer of the tandem’s country reviews its submissions.');
      const comment = input.comment.trim();
      if (input.outcome === 'NEEDS_REVISION' && !comment) throw Errors.validation([invalid('comment', 'reviseWhat')]);
      if (submission.status !== 'SUBMITTED')
        throw new DomainError(
          submission.status === 'DRAFT' ? 'NOT_SUBMITTED' : 'ALREADY_DECIDED',
          'This submission is not waiting for review (it was reviewed already, or is being revised).',
          { status: submission.status },
        );
      await this.submissions.review(manager, submission.id, input.outcome, comment || null, viewer.personId);
      const assignment = (await this.assignments.byIds(manager, [submission.assignmentId])).get(
        submission.assignmentId,
      ) as AssignmentView;
      const reviewerName = (await displayNames(manager, [viewer.personId])).get(viewer.personId) ?? '';
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
          actorName: reviewerName,
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
}
