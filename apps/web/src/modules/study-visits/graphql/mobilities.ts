import { graphql } from '@tandem/web-graphql';

export const MobilityFieldsFragment = graphql(`
  fragment MobilityFields on Mobility {
    id
    kind
    person {
      id
      name
    }
    learnerCount
    fromOrganisation {
      id
      name
      country
    }
    hostOrganisation
    hostCountry
    startsOn
    endsOn
    durationDays
    learningOutcomes
    outcome
    hostOfferRequestId
    canEdit
    agreements {
      id
      version
      fileName
      contentType
      sizeBytes
      uploadedBy
      uploadedAt
      downloadUrl
    }
  }
`);

export const MobilitiesQuery = graphql(`
  query Mobilities($filter: MobilityFilter, $first: Int, $after: String) {
    mobilities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MobilityFields
        }
      }
    }
  }
`);

export const MobilityQuery = graphql(`
  query Mobility($id: ID!) {
    mobility(id: $id) {
      ...MobilityFields
    }
  }
`);

export const MobilityOrganisationsQuery = graphql(`
  query MobilityOrganisations {
    mobilityOrganisations {
      id
      name
      country
    }
  }
`);

export const MobilityParticipantsQuery = graphql(`
  query MobilityParticipants($organisationId: ID!) {
    mobilityParticipants(organisationId: $organisationId) {
      id
      name
    }
  }
`);

export const RecordMobilityMutation = graphql(`
  mutation RecordMobility($input: MobilityInput!) {
    recordMobility(input: $input) {
      ...MobilityFields
    }
  }
`);

export const UpdateMobilityMutation = graphql(`
  mutation UpdateMobility($id: ID!, $input: MobilityInput!) {
    updateMobility(id: $id, input: $input) {
      ...MobilityFields
    }
  }
`);

export const HostOfferFieldsFragment = graphql(`
  fragment HostOfferFields on HostOffer {
    id
    organisation {
      id
      name
      country
    }
    kind
    hostOrganisation
    hostCountry
    sector
    description
    places
    placesAccepted
    availableFrom
    availableUntil
    languages
    canManage
    requests {
      id
      offerId
      organisation {
        id
        name
        country
      }
      places
      message
      status
      requestedBy
      createdAt
      decidedAt
      decisionNote
      mobilityId
      canRecordMobility
    }
  }
`);

export const HostOffersQuery = graphql(`
  query HostOffers($mine: Boolean) {
    hostOffers(mine: $mine) {
      ...HostOfferFields
    }
  }
`);

export const HostOfferQuery = graphql(`
  query HostOffer($id: ID!) {
    hostOffer(id: $id) {
      ...HostOfferFields
    }
  }
`);

export const HostOfferOrganisationsQuery = graphql(`
  query HostOfferOrganisations($offering: Boolean!) {
    hostOfferOrganisations(offering: $offering) {
      id
      name
      country
    }
  }
`);

export const OfferHostPlacementsMutation = graphql(`
  mutation OfferHostPlacements($input: HostOfferInput!) {
    offerHostPlacements(input: $input) {
      ...HostOfferFields
    }
  }
`);

export const AskForHostPlacesMutation = graphql(`
  mutation AskForHostPlaces($input: AskForHostPlacesInput!) {
    askForHostPlaces(input: $input) {
      ...HostOfferFields
    }
  }
`);

export const DecideHostOfferRequestMutation = graphql(`
  mutation DecideHostOfferRequest($id: ID!, $accept: Boolean!, $note: String) {
    decideHostOfferRequest(id: $id, accept: $accept, note: $note) {
      ...HostOfferFields
    }
  }
`);

export const MobilityHistoryQuery = graphql(`
  query MobilityHistory($id: ID!) {
    mobilityHistory(id: $id) {
      occurredAt
      operation
      actor
    }
  }
`);
