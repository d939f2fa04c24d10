import { graphql } from '@tandem/web-graphql';

export const TandemAssignmentFieldsFragment = graphql(`
  fragment TandemAssignmentFields on TandemAssignment {
    id
    moduleId
    moduleCode
    moduleTitle
    moduleVersion
    title
    instructions
    dueOn
    createdByName
    canEdit
  }
`);

export const SubmissionFieldsFragment = graphql(`
  fragment SubmissionFields on AssignmentSubmission {
    id
    tandemId
    schoolTutorName
    companyTutorName
    countryCodes
    status
    text
    lockVersion
    confirmedByMe
    confirmedByPartner
    schoolConfirmedAt
    companyConfirmedAt
    submittedAt
    late
    lastEditedByName
    updatedAt
    reviewComment
    reviewedByName
    reviewedAt
    canEdit
    canConfirm
    canReview
    attachments {
      fileId
      fileName
      contentType
      sizeBytes
      downloadPath
    }
    assignment {
      ...TandemAssignmentFields
    }
  }
`);

export const MyAssignmentsQuery = graphql(`
  query MyAssignments {
    myAssignments {
      assignment {
        ...TandemAssignmentFields
      }
      submission {
        id
        status
        confirmedByMe
        confirmedByPartner
        late
      }
    }
  }
`);

export const SubmissionQuery = graphql(`
  query Submission($id: ID!) {
    submission(id: $id) {
      ...SubmissionFields
    }
  }
`);

export const SubmissionsToReviewQuery = graphql(`
  query SubmissionsToReview($status: SubmissionStatus, $first: Int, $after: String) {
    submissionsToReview(status: $status, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          status
          schoolTutorName
          companyTutorName
          countryCodes
          submittedAt
          late
          canReview
          assignment {
            id
            title
            moduleCode
            dueOn
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ModuleAssignmentsQuery = graphql(`
  query ModuleAssignments($moduleId: ID!) {
    assignments(moduleId: $moduleId) {
      ...TandemAssignmentFields
    }
  }
`);

export const CreateAssignmentMutation = graphql(`
  mutation CreateAssignment($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      ...TandemAssignmentFields
    }
  }
`);

export const UpdateAssignmentMutation = graphql(`
  mutation UpdateAssignment($input: UpdateAssignmentInput!) {
    updateAssignment(input: $input) {
      ...TandemAssignmentFields
    }
  }
`);

export const SaveSubmissionMutation = graphql(`
  mutation SaveSubmission($input: SaveSubmissionInput!) {
    saveSubmission(input: $input) {
      ...SubmissionFields
    }
  }
`);

export const ConfirmSubmissionMutation = graphql(`
  mutation ConfirmSubmission($input: ConfirmSubmissionInput!) {
    confirmSubmission(input: $input) {
      ...SubmissionFields
    }
  }
`);

export const RemoveSubmissionAttachmentMutation = graphql(`
  mutation RemoveSubmissionAttachment($input: RemoveSubmissionAttachmentInput!) {
    removeSubmissionAttachment(input: $input) {
      ...SubmissionFields
    }
  }
`);

export const ReviewSubmissionMutation = graphql(`
  mutation ReviewSubmission($input: ReviewSubmissionInput!) {
    reviewSubmission(input: $input) {
      ...SubmissionFields
    }
  }
`);
