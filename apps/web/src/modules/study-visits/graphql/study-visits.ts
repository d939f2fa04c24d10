import { graphql } from '@tandem/web-graphql';

export const StudyVisitFieldsFragment = graphql(`
  fragment StudyVisitFields on StudyVisit {
    id
    title
    hostCountry
    hostOrganisations
    startsOn
    endsOn
    description
    myStatus
    reportSummary
    reportPublishedAt
    participants {
      status
      whatISaw
      whatIWillTransfer
      person {
        id
        name
      }
    }
  }
`);

/** Study visits, newest first. */
export const StudyVisitsQuery = graphql(`
  query StudyVisits {
    studyVisits {
      ...StudyVisitFields
    }
  }
`);

export const StudyVisitQuery = graphql(`
  query StudyVisit($id: ID!) {
    studyVisit(id: $id) {
      ...StudyVisitFields
      agenda {
        day
        time
        title
        place
      }
    }
  }
`);

export const MobilityCountsQuery = graphql(`
  query MobilityCounts {
    mobilityCounts {
      kind
      fromCountry
      hostCountry
      year
      mobilities
      learners
    }
  }
`);

export const ApplyToStudyVisitMutation = graphql(`
  mutation ApplyToStudyVisit($id: ID!) {
    applyToStudyVisit(id: $id) {
      ...StudyVisitFields
    }
  }
`);

export const SetStudyVisitParticipantStatusMutation = graphql(`
  mutation SetStudyVisitParticipantStatus($id: ID!, $personId: ID!, $status: StudyVisitParticipantStatus!) {
    setStudyVisitParticipantStatus(id: $id, personId: $personId, status: $status) {
      ...StudyVisitFields
    }
  }
`);

export const ContributeToStudyVisitReportMutation = graphql(`
  mutation ContributeToStudyVisitReport($id: ID!, $whatISaw: String, $whatIWillTransfer: String) {
    contributeToStudyVisitReport(id: $id, whatISaw: $whatISaw, whatIWillTransfer: $whatIWillTransfer) {
      ...StudyVisitFields
    }
  }
`);
