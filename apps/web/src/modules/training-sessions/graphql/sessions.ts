import { graphql } from '@tandem/web-graphql';

export const TrainingSessionFieldsFragment = graphql(`
  fragment TrainingSessionFields on TrainingSession {
    id
    moduleId
    moduleCode
    moduleTitle
    moduleKind
    jointNumber
    countryCode
    startsAt
    endsAt
    timeZone
    localStartsAt
    localEndsAt
    localEnrolmentDeadline
    enrolmentDeadline
    hours
    capacity
    seatsTaken
    seatsLeft
    waitlistCount
    status
    cancelReason
    venue
    onlineUrl
    language
    allowSingles
    trainers {
      id
      name
    }
    myEnrolmentId
    myEnrolmentStatus
    myAttendance
    canEdit
    canKeepRoster
  }
`);

export const EnrolmentFieldsFragment = graphql(`
  fragment EnrolmentFields on Enrolment {
    id
    sessionId
    tandemId
    status
    seats
    waitlistPosition
    calendarPath
    people {
      id
      name
      attendance
    }
  }
`);

export const TrainingSessionsQuery = graphql(`
  query TrainingSessions(
    $first: Int
    $after: String
    $upcoming: Boolean
    $openOnly: Boolean
    $withSeatsLeft: Boolean
    $moduleId: ID
  ) {
    trainingSessions(
      first: $first
      after: $after
      upcoming: $upcoming
      openOnly: $openOnly
      withSeatsLeft: $withSeatsLeft
      moduleId: $moduleId
    ) {
      totalCount
      edges {
        node {
          ...TrainingSessionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AgendaQuery = graphql(`
  query Agenda($first: Int, $after: String, $upcoming: Boolean) {
    agenda(first: $first, after: $after, upcoming: $upcoming) {
      totalCount
      edges {
        node {
          ...TrainingSessionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TrainingSessionQuery = graphql(`
  query TrainingSession($id: ID!) {
    trainingSession(id: $id) {
      ...TrainingSessionFields
    }
  }
`);

export const MyEnrolmentsQuery = graphql(`
  query MyEnrolments {
    myEnrolments {
      canCancel
      enrolment {
        ...EnrolmentFields
      }
      session {
        ...TrainingSessionFields
      }
    }
    hasCalendarFeed
  }
`);

export const SessionRosterQuery = graphql(`
  query SessionRoster($sessionId: ID!) {
    sessionRoster(sessionId: $sessionId) {
      session {
        ...TrainingSessionFields
      }
      enrolments {
        ...EnrolmentFields
      }
    }
  }
`);

export const CheckInCodeQuery = graphql(`
  query CheckInCode($sessionId: ID!) {
    checkInCode(sessionId: $sessionId) {
      code
      path
      expiresAt
    }
  }
`);

export const BookSessionMutation = graphql(`
  mutation BookSession($input: BookSessionInput!) {
    bookSession(input: $input) {
      ...EnrolmentFields
    }
  }
`);

export const CancelEnrolmentMutation = graphql(`
  mutation CancelEnrolment($input: CancelEnrolmentInput!) {
    cancelEnrolment(input: $input) {
      ...EnrolmentFields
    }
  }
`);

export const ScheduleSessionMutation = graphql(`
  mutation ScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      ...TrainingSessionFields
    }
  }
`);

export const ScheduleSessionSeriesMutation = graphql(`
  mutation ScheduleSessionSeries($input: ScheduleSessionSeriesInput!) {
    scheduleSessionSeries(input: $input) {
      ...TrainingSessionFields
    }
  }
`);

export const CancelSessionMutation = graphql(`
  mutation CancelSession($input: CancelSessionInput!) {
    cancelSession(input: $input) {
      ...TrainingSessionFields
    }
  }
`);

export const CompleteSessionMutation = graphql(`
  mutation CompleteSession($input: CompleteSessionInput!) {
    completeSession(input: $input) {
      ...TrainingSessionFields
    }
  }
`);

export const MarkAttendanceMutation = graphql(`
  mutation MarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      enrolments {
        ...EnrolmentFields
      }
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      ...TrainingSessionFields
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      path
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

export const SchedulableModulesQuery = graphql(`
  query SchedulableModules {
    modules {
      id
      versionId
      language
      code
      kind
      countryCode
      title
      status
    }
  }
`);

export const UpdateSessionMutation = graphql(`
  mutation UpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      ...TrainingSessionFields
    }
  }
`);

export const EnrollableTandemsQuery = graphql(`
  query EnrollableTandems($sessionId: ID!) {
    enrollableTandems(sessionId: $sessionId) {
      id
      names
      countryCode
    }
  }
`);

/** Other sessions of the same module that an enrolment could move to (few fields: 50 rows stay under the cost limit). */
export const MoveTargetsQuery = graphql(`
  query MoveTargets($moduleId: ID!) {
    trainingSessions(moduleId: $moduleId, upcoming: true, first: 50) {
      edges {
        node {
          id
          status
          startsAt
          venue
          seatsLeft
        }
      }
    }
  }
`);

export const MoveEnrolmentMutation = graphql(`
  mutation MoveEnrolment($input: MoveEnrolmentInput!) {
    moveEnrolment(input: $input) {
      ...EnrolmentFields
    }
  }
`);
