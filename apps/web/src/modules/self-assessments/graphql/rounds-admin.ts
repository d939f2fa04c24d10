import { graphql } from '@tandem/web-graphql';

export const OpenAssessmentRoundMutation = graphql(`
  mutation OpenAssessmentRound($input: OpenAssessmentRoundInput!) {
    openAssessmentRound(input: $input) {
      ...AssessmentRoundFields
    }
  }
`);

export const UpdateAssessmentRoundMutation = graphql(`
  mutation UpdateAssessmentRound($input: UpdateAssessmentRoundInput!) {
    updateAssessmentRound(input: $input) {
      ...AssessmentRoundFields
    }
  }
`);

export const EditionRoundsQuery = graphql(`
  query EditionRounds {
    whereWeAreNow {
      edition {
        id
        name
      }
    }
    assessmentRounds {
      ...AssessmentRoundFields
    }
  }
`);
