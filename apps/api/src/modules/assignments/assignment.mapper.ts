import type { AssignmentView } from './assignments.repository';
import type { AssignmentSubmissionModel, MyAssignmentModel, TandemAssignmentModel } from './assignment.model';
import type { MyAssignmentView, SubmissionView } from './submissions.service';
import { isLate } from './submission-rules';

export function toTandemAssignmentModel(
  view: AssignmentView,
  language: string,
  canEdit: boolean,
): TandemAssignmentModel {
  return {
    id: view.id,
    moduleId: view.moduleId,
    moduleCode: view.moduleCode,
    moduleTitle: view.moduleTitle[language] ?? view.moduleTitle['en'] ?? view.moduleCode,
    moduleVersion: view.moduleVersion,
    title: view.title,
    instructions: view.instructions,
    dueOn: view.dueOn,
    createdByName: view.createdByName,
    createdAt: view.createdAt,
    canEdit,
  };
}

export function toSubmissionModel(
  view: SubmissionView,
  language: string,
  canEditAssignment: (a: AssignmentView) => boolean,
): AssignmentSubmissionModel {
  const s = view.submission;
  const partnerConfirmedAt =
    view.viewerSide === 'SCHOOL' ? s.companyConfirmedAt : view.viewerSide === 'COMPANY' ? s.schoolConfirmedAt : null;
  const myConfirmedAt =
    view.viewerSide === 'SCHOOL' ? s.schoolConfirmedAt : view.viewerSide === 'COMPANY' ? s.companyConfirmedAt : null;
  return {
    id: s.id,
    assignment: toTandemAssignmentModel(view.assignment, language, canEditAssignment(view.assignment)),
    tandemId: s.tandemId,
    schoolTutorName: view.tandem.schoolTutorName,
    companyTutorName: view.tandem.companyTutorName,
    countryCodes: view.tandem.countryCodes,
    status: s.status,
    text: s.text,
    attachments: s.attachments.map((a) => ({
      fileId: a.fileId,
      fileName: a.fileName,
      contentType: a.contentType,
      sizeBytes: a.sizeBytes,
      downloadPath: `/api/submission-files/${a.fileId}`,
    })),
    lockVersion: s.lockVersion,
    schoolConfirmedAt: s.schoolConfirmedAt,
    companyConfirmedAt: s.companyConfirmedAt,
    confirmedByMe: !!myConfirmedAt,
    confirmedByPartner: !!partnerConfirmedAt,
    submittedAt: s.submittedAt,
    late:
      s.status === 'DRAFT' || s.status === 'NEEDS_REVISION'
        ? isLate(view.assignment.dueOn, null, new Date())
        : isLate(view.assignment.dueOn, s.submittedAt, new Date()),
    lastEditedByName: view.lastEditedByName,
    updatedAt: s.updatedAt,
    reviewComment: s.reviewComment,
    reviewedByName: view.reviewedByName,
    reviewedAt: s.reviewedAt,
    canEdit: view.canEdit,
    canConfirm: view.canConfirm,
    canReview: view.canReview,
  };
}

export function toMyAssignmentModel(
  view: MyAssignmentView,
  language: string,
  canEditAssignment: (a: AssignmentView) => boolean,
): MyAssignmentModel {
  return {
    assignment: toTandemAssignmentModel(view.assignment, language, canEditAssignment(view.assignment)),
    submission: view.submission ? toSubmissionModel(view.submission, language, canEditAssignment) : null,
  };
}
