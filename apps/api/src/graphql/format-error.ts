import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { DomainError } from '../common/domain-error';

/** Codes Apollo itself assigns to malformed requests: safe to pass on to the client as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function originalOf(error: unknown): unknown {
  let current = error as { originalError?: unknown } | undefined;
  while (current && typeof current === 'object' && current.originalError) {
    current = current.originalError as { originalError?: unknown };
  }
  return current;
}

/**
 * The one error formatter. Domain errors keep their code and details; request errors keep
 * Apollo's code; anything else is a bug: logged with its stack under a correlation id, and the
 * client sees only INTERNAL_SERVER_ERROR and that id. No stack, SQL or driver text leaves.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { ...original.details, code: original.code } };
    }
    let code = formatted.extensions?.['code'];
    // graphql-js's own refusals of a request (e.g. "Too many errors processing variables") carry no
    // code: raised before execution, with no resolver path and no underlying error, they are the caller's.
    const known = typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
    if (!known && original instanceof GraphQLError && !original.originalError && !formatted.path)
      code = 'BAD_USER_INPUT';
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      const { stacktrace: _s, http: _h, ...extensions } = formatted.extensions ?? {};
      return { ...base, extensions: { ...extensions, code } };
    }

    const correlationId = randomUUID();
    log.error({ err: original ?? error, correlationId, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: 'Something went wrong on our side. Please try again; if it keeps happening, quote the correlation id.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    };
  };
}
