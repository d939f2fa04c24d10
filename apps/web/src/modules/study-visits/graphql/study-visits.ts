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
    organisedByCountry
    canEdit
    budget {
      label
      amount
    }
    budgetTotal
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

export const StudyVisitPlanFragment = graphql(`
  fragment StudyVisitPlan on StudyVisit {
    ...StudyVisitFields
    agenda {
      day
      time
      title
      place
    }
  }
`);

export const StudyVisitQuery = graphql(`
  query StudyVisit($id: ID!) {
    studyVisit(id: $id) {
      ...StudyVisitPlan
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

export const CreateStudyVisitMutation = graphql(`
  mutation CreateStudyVisit($input: StudyVisitInput!) {
    createStudyVisit(input: $input) {
      ...StudyVisitPlan
    }
  }
`);

export const UpdateStudyVisitMutation = graphql(`
  mutation UpdateStudyVisit($id: ID!, $input: StudyVisitInput!) {
    updateStudyVisit(id: $id, input: $input) {
      ...StudyVisitPlan
    }
  }
`);
