import { graphql } from '@tandem/web-graphql';

/** Outgoing mail, newest first, a page at a time (`after`: the previous page's endCursor). */
export const OutboxMessagesQuery = graphql(`
  query OutboxMessages($first: Int!, $after: String) {
    outboxMessages(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          kind
          language
          recipientEmail
          subject
          textBody
          status
          attempts
          deliveryNote
          lastError
          createdAt
          sentAt
        }
      }
    }
  }
`);
