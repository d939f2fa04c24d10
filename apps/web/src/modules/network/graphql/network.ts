import { graphql } from '@tandem/web-graphql';

export const OrganisationSummaryFragment = graphql(`
  fragment OrganisationSummary on Organisation {
    id
    name
    kind
    country
    city
    sector
  }
`);

/** The network directory, a page at a time; `after` is the previous page's endCursor. */
export const OrganisationsQuery = graphql(`
  query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...OrganisationSummary
        }
      }
    }
  }
`);

/** An organisation with its cluster and tutors (e-mails only where the viewer may read them). */
export const OrganisationQuery = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      country
      registryCode
      city
      website
      sector
      sizeClass
      cluster {
        ...OrganisationSummary
      }
      tutors {
        id
        displayName
        side
        occupationField
        email
      }
    }
  }
`);

/** For the country filters: programme countries first. */
export const CountriesQuery = graphql(`
  query Countries {
    countries {
      code
      programmeCountry
    }
  }
`);
