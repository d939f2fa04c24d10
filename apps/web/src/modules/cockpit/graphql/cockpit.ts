import { graphql } from '@tandem/web-graphql';

export const TargetProgressQuery = graphql(`
  query TargetProgress($editionId: ID) {
    targetProgress(editionId: $editionId) {
      editionId
      editionName
      startsOn
      endsOn
      scope
      scopeCountries
      target
      trained
      inTraining
      inTandem
      withdrawn
      onTrack
      forecastTrained
      attendanceRate
      ruleRevision
      refreshedAt
      canSeePeople
      funnel {
        registered
        inTandem
        inTraining
        trained
      }
      byCountry {
        country
        side
        target
        registered
        inTandem
        inTraining
        trained
        withdrawn
        onTrack
        forecastTrained
        gap
        shortfall
        seatsToSchedule
      }
      burnUp {
        date
        trained
        target
        plan
        forecast
      }
    }
  }
`);

export const CompletionPeopleQuery = graphql(`
  query CompletionPeople(
    $countryCode: String
    $side: TutorSide
    $status: CompletionStatus
    $onTrackOnly: Boolean
    $first: Int
    $after: String
  ) {
    completionPeople(
      countryCode: $countryCode
      side: $side
      status: $status
      onTrackOnly: $onTrackOnly
      first: $first
      after: $after
    ) {
      totalCount
      edges {
        node {
          personId
          name
          email
          countryCode
          side
          organisationName
          status
          nationalHours
          jointAttended
          selfAssessmentDone
          assignmentsAccepted
          assignmentsRequired
          trainedAt
          canWithdraw
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RefreshCompletionMutation = graphql(`
  mutation RefreshCompletion {
    refreshCompletion {
      people
      changes
    }
  }
`);
