import { ERROR_CODES, type ErrorCode, type FieldError } from '@tandem/shared-domain';

/**
 * Codes the client itself assigns: NETWORK (no answer from the server), UNKNOWN (anything it
 * cannot classify). GRAPHQL_VALIDATION_FAILED (and Apollo's other request errors) means the app
 * sent an operation the server no longer knows: the page is out of date.
 */
export const CLIENT_ERROR_CODES = ['GRAPHQL_VALIDATION_FAILED', 'NETWORK', 'UNKNOWN'] as const;
export type AppErrorCode = ErrorCode | (typeof CLIENT_ERROR_CODES)[number];

/** A failure, reduced to what the UI shows: a stable code and the details that go with it. */
export interface AppError {
  code: AppErrorCode;
  /** The server's (English) message: for logs, never shown instead of the translated text. */
  serverMessage?: string;
  correlationId?: string;
  retryAfterSeconds?: number;
  fields?: FieldError[];
  /** The server's details of the outcome (e.g. `status`, `code`, `name`): the parameters of the code's text. */
  details?: Record<string, string | number>;
}

/** Extensions that are not details of the outcome: the code itself and what AppError carries apart. */
const NOT_DETAILS: ReadonlySet<string> = new Set([
  'code',
  'message',
  'requestId',
  'correlationId',
  'retryAfterSeconds',
  'fields',
  'stacktrace',
]);

/** The details of an error answer (`extensions` of GraphQL, the `error` object of REST): its texts and numbers. */
export function errorDetails(extensions: Record<string, unknown>): Record<string, string | number> | undefined {
  const details = Object.entries(extensions).filter(
    (entry): entry is [string, string | number] =>
      !NOT_DETAILS.has(entry[0]) && (typeof entry[1] === 'string' || typeof entry[1] === 'number'),
  );
  return details.length ? Object.fromEntries(details) : undefined;
}

const KNOWN_CODES: ReadonlySet<string> = new Set<string>([...ERROR_CODES, ...CLIENT_ERROR_CODES]);

/** Apollo Server's codes for a request it could not run at all. */
const STALE_REQUEST_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Maps any `extensions.code` (or none) onto a code the catalogues have a text for. */
export function toAppErrorCode(code: unknown): AppErrorCode {
  if (typeof code !== 'string') return 'UNKNOWN';
  if (STALE_REQUEST_CODES.has(code)) return 'GRAPHQL_VALIDATION_FAILED';
  return KNOWN_CODES.has(code) ? (code as AppErrorCode) : 'UNKNOWN';
}

export interface ErrorMessage {
  key: `errors.code.${AppErrorCode}`;
  values: Record<string, string | number>;
}

/** The catalogue key and ICU values of the text that explains an error to the person (the server's details as values). */
export function errorMessage(error: Pick<AppError, 'code' | 'retryAfterSeconds' | 'details'>): ErrorMessage {
  const code = toAppErrorCode(error.code);
  if (code === 'TOO_MANY_ATTEMPTS') {
    const seconds = error.retryAfterSeconds ?? 60;
    return { key: 'errors.code.TOO_MANY_ATTEMPTS', values: { minutes: Math.max(1, Math.ceil(seconds / 60)) } };
  }
  return { key: `errors.code.${code}`, values: { ...error.details } };
}
