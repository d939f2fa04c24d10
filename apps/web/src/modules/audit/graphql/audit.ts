import { graphql } from '@tandem/web-graphql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int!, $offset: Int!) {
    auditEvents(first: $first, offset: $offset) {
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
