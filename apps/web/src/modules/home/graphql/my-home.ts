import { graphql } from '@tandem/web-graphql';

/** The signed-in tutor's own steps in the current edition. */
export const MyNextStepsQuery = graphql(`
  query MyNextSteps {
    myNextSteps {
      kind
      done
      href
      moduleNumber
      roundKind
      dueAt
    }
  }
`);

/** The work waiting for a trainer, coordinator or admin, counted in their scope. */
export const MyWorkQueueQuery = graphql(`
  query MyWorkQueue {
    myWorkQueue {
      kind
      count
      overdue
      oldestAt
      href
    }
  }
`);
