import { graphql } from '@tandem/web-graphql';

/** Everything the app shell needs about the signed-in person: name, language, zone, role grants. */
export const SessionPersonFragment = graphql(`
  fragment SessionPerson on Person {
    id
    displayName
    givenName
    familyName
    email
    preferredLanguage
    timeZone
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

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionPerson
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionPerson
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
