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

export const PersonRolesFragment = graphql(`
  fragment PersonRoles on Person {
    id
    displayName
    email
    preferredLanguage
    roles {
      id
      role
      scopeKind
      countryCode
      organisation {
        id
        name
      }
    }
  }
`);

/** A page of the people directory (role management), with each person's grants. */
export const PeopleQuery = graphql(`
  query People(
    $first: Int!
    $after: String
    $search: String
    $role: Role
    $countryCode: String
    $organisationId: ID
    $status: PersonStatus
  ) {
    people(
      first: $first
      after: $after
      search: $search
      role: $role
      countryCode: $countryCode
      organisationId: $organisationId
      status: $status
    ) {
      totalCount
      edges {
        cursor
        node {
          ...PersonRoles
          countryCode
          status
          organisation {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonRoles
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      ...PersonRoles
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($grantId: String!) {
    revokeRole(grantId: $grantId) {
      ...PersonRoles
    }
  }
`);
