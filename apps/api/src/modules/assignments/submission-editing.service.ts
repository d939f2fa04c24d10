import type { AuditOperation } from '@tandem/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessFactsRepository } from '../../access-facts/access-facts.repository';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { Errors } from '../../common/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import type { AssignmentView } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import type { ConfirmSubmissionInput, SaveSubmissionInput } from './dto/assignment.input';
import { staleSubmission, SubmissionAccess, type SubmissionTandem } from './submission-access';
import { confirm } from './submission-rules';
import { SubmissionsRepository } from './submissions.repository';
import { invalid } from '../../common/field-error';

/**
 * The partners' writing of their tandem's one shared submission: saves with optimistic locking,
 * and the two confirmations that submit it exactly once.
 */
@Injectable()
export class SubmissionEditingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly submissions: SubmissionsRepository,
    private readonly access: SubmissionAccess,
    private readonly facts: AccessFactsRepository,
    private readonly assignments: AssignmentsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** The viewer's ACTIVE tandem for an assignment they may work on (the assignment's edition; a national module of a partner's country). */
  private async partnerTandem(
    manager: EntityManager,
    viewer: Viewer,
    assignment: AssignmentView,
  ): Promise<SubmissionTandem> {
    const own = await this.facts.tandemOf(manager, assignment.editionId, viewer.personId, ['ACTIVE']);
    if (!own) throw Errors.forbidden('Only the partners of an ACTIVE tandem write submissions.');
    const tandem = await this.access.tandem(manager, own.id);
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
      const existing = await this.submissions.findFor(manager, assignment.id, tandem.id);
      if (!existing) {
        if (input.lockVersion !== undefined) throw staleSubmission();
        let id: string;
        try {
          id = await this.submissions.insert(manager, {
            assignmentId: assignment.id,
            tandemId: tandem.id,
            text: input.text,
            lastEditedById: viewer.personId,
          });
        } catch (e) {
          if (pgErrorCode(e) === PG_UNIQUE_VIOLATION)
            throw staleSubmission(
              'Your partner started this submission just now. Reload to see it, then make your changes again.',
            );
          throw e;
        }
        await this.record(
          manager,
          viewer,
          id,
          'saveSubmission',
          `Started the submission for "${assignment.title}"`,
          requestId,
        );
        return id;
      }
      if (input.lockVersion === undefined)
        throw staleSubmission(
          'Your partner has already started this submission. Reload to see it, then make your changes again.',
        );
      this.access.assertEditable(existing, input.lockVersion);
      if (existing.text === input.text && existing.status === 'DRAFT') return existing.id; // nothing changed: confirmations stay
      // The lock-version condition is the optimistic lock: of two saves from the same version, one wins.
      if (!(await this.submissions.saveText(manager, existing.id, input.lockVersion, input.text, viewer.personId)))
        throw staleSubmission();
      await this.record(
        manager,
        viewer,
        existing.id,
        'saveSubmission',
        `Saved the submission for "${assignment.title}"`,
        requestId,
      );
      return existing.id;
    });
  }

  /**
   * A partner confirms the content they read (its lockVersion). Under the row lock, so that two
   * confirmations at the same moment see each other: the second one submits, exactly once.
   */
  async confirm(viewer: Viewer, input: ConfirmSubmissionInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const { submission, tandem, side } = await this.access.lockForPartner(manager, viewer, input.submissionId);
      this.access.assertEditable(submission, input.lockVersion);
      if (!submission.text.trim() && !submission.attachments.length)
        throw Errors.validation([invalid('text', 'emptySubmission')]);
      const next = confirm(submission, side, new Date());
      if (
        next.schoolConfirmedAt === submission.schoolConfirmedAt &&
        next.companyConfirmedAt === submission.companyConfirmedAt
      )
        return;
      const assignment = (await this.assignments.byIds(manager, [submission.assignmentId])).get(
        submission.assignmentId,
      ) as AssignmentView;
      await this.submissions.confirm(manager, submission.id, next);
      const partnerId = side === 'SCHOOL' ? tandem.companyTutorId : tandem.schoolTutorId;
      const payload = {
        targetType: 'AssignmentSubmission',
        targetId: submission.id,
        assignmentTitle: assignment.title,
        moduleCode: assignment.moduleCode,
        actorName: side === 'SCHOOL' ? tandem.schoolTutorName : tandem.companyTutorName,
      };
      if (next.submit) {
        // The trainers of every country of the tandem, in one query.
        const trainers = await this.notifications.holdersIn(manager, 'TRAINER', tandem.countryCodes);
        await this.notifications.notify(manager, [...trainers, partnerId], 'ASSIGNMENT_SUBMISSION_SUBMITTED', {
          ...payload,
          tandemNames: `${tandem.schoolTutorName} & ${tandem.companyTutorName}`,
        });
      } else {
        await this.notifications.notify(manager, [partnerId], 'ASSIGNMENT_SUBMISSION_CONFIRMED', payload);
      }
      await this.record(
        manager,
        viewer,
        submission.id,
        'confirmSubmission',
        next.submit
          ? `Confirmed and submitted the submission for "${assignment.title}"`
          : `Confirmed the submission for "${assignment.title}"`,
        requestId,
      );
    });
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    submissionId: string,
    operation: AuditOperation,
    summary: string,
    requestId: string,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorPersonId: viewer.personId,
      operation,
      targetType: 'AssignmentSubmission',
      targetId: submissionId,
      summary,
      requestId,
    });
  }
}
