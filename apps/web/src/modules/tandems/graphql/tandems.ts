import { graphql } from '@tandem/web-graphql';

export const TandemTutorFragment = graphql(`
  fragment TandemTutor on Tutor {
    id
    displayName
    side
    email
    occupationField
    organisation {
      id
      name
      city
      country
    }
  }
`);

export const TandemFieldsFragment = graphql(`
  fragment TandemFields on Tandem {
    id
    editionId
    status
    byInvitation
    crossBorder
    canDissolve
    canRespond
    createdAt
    activatedAt
    formedByName
    schoolTutor {
      ...TandemTutor
    }
    companyTutor {
      ...TandemTutor
    }
  }
`);

/** The signed-in tutor's tandem in the edition running today (FORMING, ACTIVE or COMPLETED), or null. */
export const MyTandemQuery = graphql(`
  query MyTandem {
    myTandem {
      ...TandemFields
    }
  }
`);

/**
 * A tandem as a row of the list. Kept small on purpose: the API charges each field once per row of
 * the page (`first`), and a page must stay under the operation cost limit.
 */
export const TandemListItemFragment = graphql(`
  fragment TandemListItem on Tandem {
    id
    status
    canDissolve
    createdAt
    schoolTutor {
      id
      displayName
      organisation {
        id
        name
      }
    }
    companyTutor {
      id
      displayName
      organisation {
        id
        name
      }
    }
  }
`);

/** Tandems of the viewer's countries, newest first, a page at a time. */
export const TandemsQuery = graphql(`
  query Tandems($country: String, $status: TandemStatus, $first: Int!, $after: String) {
    tandems(country: $country, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...TandemListItem
        }
      }
    }
  }
`);

/**
 * A country's tutors in no tandem, each with partners to suggest (strongest reason first). The API
 * charges every field 50 times (its longest list): the suggested partners carry their id and name
 * only; they are unpaired tutors of the same answer, where the rest of their card is found.
 */
export const UnpairedTutorsQuery = graphql(`
  query UnpairedTutors($countryCode: String!) {
    unpairedTutors(countryCode: $countryCode) {
      tutor {
        id
        displayName
        side
        organisation {
          id
          name
          city
        }
      }
      suggestions {
        reason
        tutor {
          id
          displayName
        }
      }
    }
  }
`);

export const FormTandemMutation = graphql(`
  mutation FormTandem($input: FormTandemInput!) {
    formTandem(input: $input) {
      ...TandemFields
    }
  }
`);

export const RespondToTandemInvitationMutation = graphql(`
  mutation RespondToTandemInvitation($input: RespondToTandemInvitationInput!) {
    respondToTandemInvitation(input: $input) {
      ...TandemFields
    }
  }
`);

export const DissolveTandemMutation = graphql(`
  mutation DissolveTandem($input: DissolveTandemInput!) {
    dissolveTandem(input: $input) {
      ...TandemFields
      dissolvedAt
      dissolutionKind
    }
  }
`);

/** For a tutor in no tandem: tutors of the other side they may invite, suggested ones first. */
export const MyPartnerCandidatesQuery = graphql(`
  query MyPartnerCandidates {
    myPartnerCandidates {
      reason
      tutor {
        ...TandemTutor
      }
    }
  }
`);

export const InviteTandemPartnerMutation = graphql(`
  mutation InviteTandemPartner($input: InviteTandemPartnerInput!) {
    inviteTandemPartner(input: $input) {
      ...TandemFields
    }
  }
`);
