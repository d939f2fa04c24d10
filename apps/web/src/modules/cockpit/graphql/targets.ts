import { graphql } from '@tandem/web-graphql';

export const TargetQuery = graphql(`
  query Target {
    target {
      editionId
      total
      byCountry {
        key
        value
      }
      bySide {
        key
        value
      }
      canEdit
    }
  }
`);

export const SetTargetMutation = graphql(`
  mutation SetTarget($input: SetTargetInput!) {
    setTarget(input: $input) {
      editionId
      total
      byCountry {
        key
        value
      }
      bySide {
        key
        value
      }
      canEdit
    }
  }
`);
