import type { SubmissionFieldsFragment, TandemAssignmentFieldsFragment } from '@tandem/web-graphql';

export function assignment(overrides: Partial<TandemAssignmentFieldsFragment> = {}): TandemAssignmentFieldsFragment {
  return {
    __typename: 'TandemAssignment',
    id: 'assignment-1',
    moduleId: 'module-1',
    moduleCode: 'N1',
    moduleTitle: 'Mentoring basics',
    moduleVersion: 1,
    title: 'Plan the first week',
    instructions: '',
    dueOn: '2030-04-01',
    createdByName: null,
    canEdit: true,
    ...overrides,
  };
}

/** The tandem's draft, as a partner sees it (may edit and confirm). */
export function submission(overrides: Partial<SubmissionFieldsFragment> = {}): SubmissionFieldsFragment {
  return {
    __typename: 'AssignmentSubmission',
    id: 'submission-1',
    tandemId: 'tandem-1',
    schoolTutorName: 'Sam School',
    companyTutorName: 'Cara Company',
    countryCodes: ['LV'],
    status: 'DRAFT',
    text: 'First ideas',
    lockVersion: 3,
    confirmedByMe: false,
    confirmedByPartner: false,
    schoolConfirmedAt: null,
    companyConfirmedAt: null,
    submittedAt: null,
    late: false,
    lastEditedByName: 'Sam School',
    updatedAt: '2030-03-20T10:00:00.000Z',
    reviewComment: null,
    reviewedByName: null,
    reviewedAt: null,
    canEdit: true,
    canConfirm: true,
    canReview: false,
    attachments: [],
    assignment: assignment(),
    ...overrides,
  };
}
