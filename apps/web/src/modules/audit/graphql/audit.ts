import { graphql } from '@tandem/web-graphql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int!, $offset: Int!, $operation: String) {
    auditEvents(first: $first, offset: $offset, operation: $operation) {
      total
      items {
        id
        occurredAt
        actorName
        operation
        targetType
        targetId
        summary
      }
    }
  }
`);

// What a person's trail shows of an event (no target: the target is the person).
export const AuditTrailEventFragment = graphql(`
  fragment AuditTrailEvent on AuditEvent {
    id
    occurredAt
    actorName
    operation
    summary
  }
`);

export const MyAuditTrailQuery = graphql(`
  query MyAuditTrail($first: Int!) {
    myAuditTrail(first: $first) {
      total
      items {
        ...AuditTrailEvent
      }
    }
  }
`);

export const PersonAuditTrailQuery = graphql(`
  query PersonAuditTrail($personId: ID!, $first: Int!) {
    personAuditTrail(personId: $personId, first: $first) {
      total
      items {
        ...AuditTrailEvent
      }
    }
  }
`);
