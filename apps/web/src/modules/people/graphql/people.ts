import { graphql } from '@tandem/web-graphql';

export const InvitePersonMutation = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      id
      displayName
      email
    }
  }
`);

/**
 * The employers a tutor or manager can be invited for: the organisations of one country, by name.
 * 50 keeps the operation under the API's cost limit (a country of the programme has about a dozen).
 */
export const InviteOrganisationChoicesQuery = graphql(`
  query InviteOrganisationChoices($country: String!) {
    organisations(filter: { country: $country }, first: 50) {
      totalCount
      edges {
        node {
          id
          name
          kind
          city
        }
      }
    }
  }
`);
