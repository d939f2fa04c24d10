import { graphql } from '@tandem/web-graphql';

/** What the viewer proposed to the toolbox and the dictionary, with the reviewer's decision. */
export const MyProposalsQuery = graphql(`
  query MyProposals {
    myProposals {
      id
      kind
      targetId
      resourceKind
      title
      language
      status
      decision
      reason
      reviewerName
      decidedAt
      proposedAt
    }
  }
`);
