import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { errorDetails, readFieldErrors, toAppErrorCode, type AppError } from '@tandem/web-ui';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Reduces whatever Apollo Client (or a route, or an upload) throws to an AppError: the stable
 * `extensions.code` of the first GraphQL error and its details, or NETWORK when no server answered.
 * An AppError (an upload's answer) is kept as it is. Any code of the shared list is kept, so a
 * new code needs only its text `errors.code.<CODE>` in the catalogues.
 */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return { ...error, code: toAppErrorCode(error.code) };
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.length ? fromGraphQLError(error.errors[0]) : { code: 'UNKNOWN' };
  }
  if (ServerError.is(error)) {
    // A 4xx answer of Apollo Server still carries GraphQL errors in its body.
    const first = graphQLErrorsIn(error.bodyText)[0];
    if (first) return fromGraphQLError(first);
    return { code: error.statusCode >= 502 && error.statusCode <= 504 ? 'NETWORK' : 'INTERNAL_SERVER_ERROR' };
  }
  if (ServerParseError.is(error)) {
    // Not JSON: a proxy's error page while the API restarts, for instance.
    return { code: 'NETWORK' };
  }
  if (error instanceof TypeError && /fetch|network|load/i.test(error.message)) {
    return { code: 'NETWORK' };
  }
  return { code: 'UNKNOWN' };
}

export function fromGraphQLError(error: GraphQLFormattedError): AppError {
  const extensions = error.extensions ?? {};
  const correlationId = extensions['correlationId'];
  const retryAfterSeconds = extensions['retryAfterSeconds'];
  const details = errorDetails(extensions);
  return {
    code: toAppErrorCode(extensions['code']),
    serverMessage: error.message,
    ...(details && { details }),
    ...(typeof correlationId === 'string' && { correlationId }),
    ...(typeof retryAfterSeconds === 'number' && { retryAfterSeconds }),
    ...(Array.isArray(extensions['fields']) && { fields: readFieldErrors(extensions['fields']) }),
  };
}

function graphQLErrorsIn(body: string): GraphQLFormattedError[] {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown };
    return Array.isArray(parsed.errors) ? (parsed.errors as GraphQLFormattedError[]) : [];
  } catch {
    return [];
  }
}

/** The UNAUTHENTICATED check every layer needs: "this person has to sign in (again)". */
export function isUnauthenticated(error: unknown): boolean {
  return toAppError(error).code === 'UNAUTHENTICATED';
}

/** Already reduced (the uploads reject with an AppError): an object with a code that is no Error. */
function isAppError(value: unknown): value is AppError {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error) &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}
