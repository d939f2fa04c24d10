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
