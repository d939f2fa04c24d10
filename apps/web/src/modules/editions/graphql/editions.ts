import { graphql } from '@tandem/web-graphql';

export const EditionsQuery = graphql(`
  query Editions {
    editions {
      id
      name
      programmeName
      startsOn
      endsOn
      targetTrained
      currentPhase {
        id
        kind
        status
      }
    }
  }
`);

/**
 * An edition with its whole cycle. moveCyclePhase answers with the same fields, so the cache (and
 * every list showing these phases) takes the new statuses without a refetch.
 */
export const EditionCycleFragment = graphql(`
  fragment EditionCycle on Edition {
    id
    name
    programmeName
    startsOn
    endsOn
    targetTrained
    timeZone
    currentPhase {
      id
    }
    phases {
      id
      kind
      position
      startsOn
      endsOn
      status
    }
  }
`);

export const EditionQuery = graphql(`
  query Edition($id: ID!) {
    edition(id: $id) {
      ...EditionCycle
    }
  }
`);

export const MoveCyclePhaseMutation = graphql(`
  mutation MoveCyclePhase($input: MoveCyclePhaseInput!) {
    moveCyclePhase(input: $input) {
      ...EditionCycle
    }
  }
`);
