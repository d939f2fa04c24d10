import { graphql } from '@tandem/web-graphql';

/** Everything the record page shows, in one request (the API reads it in a constant number of statements). */
export const PersonRecordQuery = graphql(`
  query PersonRecord($id: ID!) {
    personRecord(id: $id) {
      id
      displayName
      email
      status
      deactivatedAt
      countryCode
      side
      organisation {
        id
        name
      }
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
      tandems {
        id
        editionName
        status
        side
        partnerId
        partnerName
        partnerOrganisation
        activatedAt
        dissolvedAt
      }
      enrolments {
        sessionId
        moduleCode
        moduleTitle
        moduleKind
        startsAt
        hours
        sessionStatus
        enrolmentStatus
        attendance
      }
      progress {
        ...ProgressFields
      }
      selfAssessments {
        roundId
        kind
        moduleNumber
        opensAt
        closesAt
        status
        submittedAt
      }
      assignments {
        assignmentId
        title
        moduleCode
        dueOn
        status
        submittedAt
      }
      certificates {
        id
        number
        publicId
        editionName
        status
        issuedAt
        revokedAt
      }
      statusHistory {
        editionName
        fromStatus
        toStatus
        effectiveAt
      }
    }
  }
`);
