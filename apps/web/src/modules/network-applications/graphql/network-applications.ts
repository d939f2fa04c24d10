import { graphql } from '@tandem/web-graphql';

/** Always true: the answer never tells whether the organisation or the e-mail is already known. */
export const ApplyToJoinNetworkMutation = graphql(`
  mutation ApplyToJoinNetwork($input: ApplyToJoinNetworkInput!) {
    applyToJoinNetwork(input: $input)
  }
`);

export const NetworkApplicationFieldsFragment = graphql(`
  fragment NetworkApplicationFields on NetworkApplication {
    id
    organisationName
    kind
    country
    registryCode
    city
    website
    sector
    sizeClass
    contactGivenName
    contactFamilyName
    contactEmail
    preferredLanguage
    message
    status
    decidedBy
    decidedAt
    rejectionReason
    createdOrganisationId
    createdAt
  }
`);

/** The coordinator's queue, oldest first; `after` is the previous page's endCursor. */
export const NetworkApplicationsQuery = graphql(`
  query NetworkApplications($status: NetworkApplicationStatus, $first: Int!, $after: String) {
    networkApplications(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          organisationName
          kind
          country
          city
          contactGivenName
          contactFamilyName
          status
          createdAt
        }
      }
    }
  }
`);

export const NetworkApplicationQuery = graphql(`
  query NetworkApplication($id: ID!) {
    networkApplication(id: $id) {
      ...NetworkApplicationFields
    }
  }
`);

export const ApproveNetworkApplicationMutation = graphql(`
  mutation ApproveNetworkApplication($id: ID!) {
    approveNetworkApplication(id: $id) {
      ...NetworkApplicationFields
    }
  }
`);

export const RejectNetworkApplicationMutation = graphql(`
  mutation RejectNetworkApplication($id: ID!, $reason: String!) {
    rejectNetworkApplication(id: $id, reason: $reason) {
      ...NetworkApplicationFields
    }
  }
`);
