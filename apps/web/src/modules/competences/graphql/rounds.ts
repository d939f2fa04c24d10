import { graphql } from '@tandem/web-graphql';

export const AssessmentRoundsQuery = graphql(`
  query AssessmentRounds {
    assessmentRounds {
      id
      kind
      moduleNumber
      opensAt
      closesAt
      isOpen
    }
  }
`);
