import { graphql } from '@tandem/web-graphql';

export const ProgressFieldsFragment = graphql(`
  fragment ProgressFields on TutorProgress {
    personId
    name
    editionId
    status
    trainedAt
    onTrack
    computedAt
    requirements {
      kind
      done
      achieved
      required
      moduleNumber
      roundKind
      bookedAhead
    }
  }
`);

export const MyProgressQuery = graphql(`
  query MyProgress {
    myProgress {
      ...ProgressFields
    }
  }
`);

export const TutorProgressQuery = graphql(`
  query TutorProgress($personId: ID!) {
    tutorProgress(personId: $personId) {
      ...ProgressFields
    }
  }
`);

export const CompletionRuleQuery = graphql(`
  query CompletionRule {
    completionRule {
      editionId
      requiredJointNumbers
      minJointModules
      minNationalHours
      selfAssessmentKind
      selfAssessmentModuleNumber
      assignmentsMode
      minAcceptedAssignments
      revision
      refreshedAt
      canEdit
    }
  }
`);

export const SetCompletionRuleMutation = graphql(`
  mutation SetCompletionRule($input: SetCompletionRuleInput!) {
    setCompletionRule(input: $input) {
      editionId
      requiredJointNumbers
      minJointModules
      minNationalHours
      selfAssessmentKind
      selfAssessmentModuleNumber
      assignmentsMode
      minAcceptedAssignments
      revision
      refreshedAt
      canEdit
    }
  }
`);

export const WithdrawTutorMutation = graphql(`
  mutation WithdrawTutor($input: WithdrawTutorInput!) {
    withdrawTutor(input: $input) {
      personId
      status
    }
  }
`);

export const ReinstateTutorMutation = graphql(`
  mutation ReinstateTutor($input: ReinstateTutorInput!) {
    reinstateTutor(input: $input) {
      personId
      status
    }
  }
`);
