import { isReference, type FieldFunctionOptions, type FieldMergeFunction, type FieldPolicy } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** The shape of a cursor connection as the API returns it (organisations, tandems, people…). */
export interface Connection<Edge = unknown> {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  edges: Edge[];
}

/**
 * Every argument of a connection field but the cursor names the list: other filters (or another
 * page size) are another list, while `after` only says where the next page starts.
 */
export function listArguments(args: Record<string, unknown> | null): string[] | false {
  return args ? Object.keys(args).filter((name) => name !== 'after' && name !== 'before') : false;
}

/**
 * The type policy of a connection the app pages through: "Show more" (`fetchMore` with
 * `after: endCursor`) appends the next page to the pages already in the cache, a query without a
 * cursor (first load, refetch after a change) starts the list again. The page info and the total
 * come from the newest page; an edge the server sends again (a row added meanwhile) is kept once.
 */
export function pagedConnection(): FieldPolicy {
  const relay = relayStylePagination(listArguments);
  const merge = relay.merge as FieldMergeFunction<RelayConnection>;
  return {
    ...relay,
    merge(existing, incoming, options) {
      const merged = merge(existing, incoming, options);
      const seen = new Set<string>();
      return {
        ...merged,
        edges: merged.edges.filter((edge) => {
          const key = edgeKey(edge, options);
          if (key === null) return true;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        }),
      };
    },
  };
}

interface RelayConnection {
  edges: unknown[];
  [field: string]: unknown;
}

/** A normalised node is one row whatever its cursor; an inline one is known by its edge's cursor. */
function edgeKey(edge: unknown, { readField }: FieldFunctionOptions): string | null {
  const node = readField('node', edge as never);
  if (isReference(node)) return node.__ref;
  const cursor = readField<string>('cursor', edge as never);
  return typeof cursor === 'string' && cursor !== '' ? `cursor:${cursor}` : null;
}
