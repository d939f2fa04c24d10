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
  /**
   * The server's details of the outcome (the other plain values of `extensions`, e.g.
   * `{ capacity: 20 }`): the parameters of the code's catalogue text.
   */
  details?: Record<string, string | number>;
}

/** Keys of `extensions` (or of a REST error body) that are no detail of the outcome. */
const NOT_DETAILS: ReadonlySet<string> = new Set([
  'code',
  'fields',
  'correlationId',
  'requestId',
  'retryAfterSeconds',
  'message',
  'stacktrace',
  'http',
]);

/**
 * The details an error carries besides its code, as ICU parameters: every plain string or number
 * (booleans as text). A new code with details needs nothing here, only its catalogue text.
 */
export function errorDetails(source: Record<string, unknown>): Record<string, string | number> | undefined {
  const entries = Object.entries(source).flatMap(([key, value]): [string, string | number][] => {
    if (NOT_DETAILS.has(key)) return [];
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return [[key, value]];
    if (typeof value === 'boolean') return [[key, String(value)]];
    return [];
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
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

/**
 * The catalogue key and ICU values of the text that explains an error to the person: the text of
 * its code (`errors.code.<CODE>`), with the server's details as parameters.
 */
export function errorMessage(error: Pick<AppError, 'code' | 'retryAfterSeconds' | 'details'>): ErrorMessage {
  const code = toAppErrorCode(error.code);
  const values = { ...error.details };
  if (code === 'TOO_MANY_ATTEMPTS') {
    const seconds = error.retryAfterSeconds ?? 60;
    values['minutes'] = Math.max(1, Math.ceil(seconds / 60));
  }
  return { key: `errors.code.${code}`, values };
}
