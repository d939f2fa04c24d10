import { ERROR_CODES } from '@tandem/shared-domain';
import { errorDetails, errorMessage, toAppErrorCode } from './app-error';

describe('toAppErrorCode', () => {
  it('keeps every code the API documents', () => {
    for (const code of ERROR_CODES) expect(toAppErrorCode(code)).toBe(code);
  });

  it('treats a request the server could not run as an out-of-date page', () => {
    expect(toAppErrorCode('GRAPHQL_VALIDATION_FAILED')).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(toAppErrorCode('GRAPHQL_PARSE_FAILED')).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(toAppErrorCode('BAD_USER_INPUT')).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('calls anything else, or no code at all, UNKNOWN', () => {
    expect(toAppErrorCode('SOMETHING_NEW')).toBe('UNKNOWN');
    expect(toAppErrorCode(undefined)).toBe('UNKNOWN');
    expect(toAppErrorCode(42)).toBe('UNKNOWN');
  });
});

describe('errorMessage', () => {
  it('points at the catalogue text of the code', () => {
    expect(errorMessage({ code: 'FORBIDDEN' })).toEqual({ key: 'errors.code.FORBIDDEN', values: {} });
  });

  it('passes the server’s details as the values of the text', () => {
    expect(errorMessage({ code: 'DUPLICATE_MODULE_CODE', details: { moduleCode: 'EE-N1' } })).toEqual({
      key: 'errors.code.DUPLICATE_MODULE_CODE',
      values: { moduleCode: 'EE-N1' },
    });
  });

  it('says in whole minutes, at least one, when to try again after too many attempts', () => {
    expect(errorMessage({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 61 }).values).toEqual({ minutes: 2 });
    expect(errorMessage({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 5 }).values).toEqual({ minutes: 1 });
    expect(errorMessage({ code: 'TOO_MANY_ATTEMPTS' }).values).toEqual({ minutes: 1 });
  });

  it('passes the server’s details as the parameters of the code’s text', () => {
    expect(errorMessage({ code: 'SESSION_FULL', details: { capacity: 20, sessionId: 's-1' } })).toEqual({
      key: 'errors.code.SESSION_FULL',
      values: { capacity: 20, sessionId: 's-1' },
    });
  });
});

describe('errorDetails', () => {
  it('keeps the plain values of an error and leaves out its code, fields and references', () => {
    expect(
      errorDetails({
        code: 'SESSION_FULL',
        capacity: 20,
        waitlist: false,
        fields: [{ field: 'x', message: 'y' }],
        correlationId: 'c-1',
        requestId: 'r-1',
        message: 'Full',
        nested: { a: 1 },
      }),
    ).toEqual({ capacity: 20, waitlist: 'false' });
  });

  it('answers nothing when there are no details', () => {
    expect(errorDetails({ code: 'FORBIDDEN' })).toBeUndefined();
  });
});

describe('errorDetails', () => {
  it('keeps the texts and numbers of the answer, not the code or what AppError carries apart', () => {
    expect(
      errorDetails({
        code: 'ALREADY_DECIDED',
        status: 'APPROVED',
        number: 2,
        correlationId: 'x',
        retryAfterSeconds: 3,
        fields: [],
        nested: { a: 1 },
      }),
    ).toEqual({ status: 'APPROVED', number: 2 });
    expect(errorDetails({ code: 'FORBIDDEN' })).toBeUndefined();
  });
});
