import { graphql } from '@tandem/web-graphql';

export const AssessmentRoundFieldsFragment = graphql(`
  fragment AssessmentRoundFields on AssessmentRound {
    id
    kind
    moduleNumber
    opensAt
    closesAt
    isOpen
    profileVersion
  }
`);

export const SelfAssessmentFieldsFragment = graphql(`
  fragment SelfAssessmentFields on SelfAssessment {
    id
    status
    submittedAt
    updatedAt
    sharedWithPartner
    isMine
    ownerName
    canEdit
    round {
      ...AssessmentRoundFields
    }
    ratings {
      competence {
        id
        code
        areaCode
      }
      level
      evidence
    }
  }
`);

export const MySelfAssessmentsQuery = graphql(`
  query MySelfAssessments {
    assessmentRounds {
      ...AssessmentRoundFields
    }
    mySelfAssessments {
      ...SelfAssessmentFields
    }
  }
`);

export const SelfAssessmentQuery = graphql(`
  query SelfAssessment($id: ID!) {
    selfAssessment(id: $id) {
      ...SelfAssessmentFields
    }
  }
`);

export const SaveSelfAssessmentMutation = graphql(`
  mutation SaveSelfAssessment($input: SaveSelfAssessmentInput!) {
    saveSelfAssessment(input: $input) {
      ...SelfAssessmentFields
    }
  }
`);

export const SubmitSelfAssessmentMutation = graphql(`
  mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {
    submitSelfAssessment(input: $input) {
      ...SelfAssessmentFields
    }
  }
`);

export const ShareSelfAssessmentMutation = graphql(`
  mutation ShareSelfAssessment($input: ShareSelfAssessmentInput!) {
    shareSelfAssessment(input: $input) {
      ...SelfAssessmentFields
    }
  }
`);

export const TandemComparisonQuery = graphql(`
  query TandemComparison {
    tandemComparison {
      round {
        ...AssessmentRoundFields
      }
      schoolTutorName
      companyTutorName
      mineShared
      partnerShared
      rows {
        competence {
          id
          code
          title
        }
        schoolLevel
        companyLevel
        difference
      }
    }
  }
`);
