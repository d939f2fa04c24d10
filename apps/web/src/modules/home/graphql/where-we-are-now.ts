import { graphql } from '@tandem/web-graphql';

/** The edition running today, its current phase and what the viewer should do next. */
export const WhereWeAreNowQuery = graphql(`
  query WhereWeAreNow {
    whereWeAreNow {
      edition {
        id
        name
      }
      currentPhase {
        id
        kind
        position
        startsOn
        endsOn
        status
      }
      nextSteps {
        kind
        role
      }
    }
  }
`);
