import { graphql } from '@tandem/web-graphql';

/** What the invitation page shows before the person sets a password (public: no session yet). */
export const InvitationByTokenQuery = graphql(`
  query InvitationByToken($token: String!) {
    invitation(token: $token) {
      email
      givenName
      familyName
      invitedBy
      preferredLanguage
      expiresAt
      expired
      used
    }
  }
`);

/** Sets the password, language and consents; the answer is the signed-in person, as `login`'s is. */
export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...SessionPerson
    }
  }
`);
