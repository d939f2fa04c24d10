import { GraphQLError } from 'graphql';
import pino from 'pino';
import { ERROR_CODES } from '@tandem/shared-domain';
import { DomainError, Errors } from '../common/domain-error';
import { createErrorFormatter } from './format-error';

describe('error formatter', () => {
  const format = createErrorFormatter(pino({ level: 'silent' }));
  const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

  it.each(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'))('keeps the domain code %s', (code) => {
    const formatted = format(
      { message: 'm', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      wrap(new DomainError(code, 'msg')),
    );
    expect(formatted.extensions).toEqual({ code });
    expect(formatted.message).toBe('msg');
  });

  it('carries the failing fields of VALIDATION_FAILED', () => {
    const formatted = format(
      { message: 'm' },
      wrap(Errors.validation([{ field: 'email', rule: 'email', message: 'bad' }])),
    );
    expect(formatted.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'email', rule: 'email', message: 'bad' }],
    });
  });

  it('masks anything else and never passes on the stack or the message', () => {
    const formatted = format(
      {
        message: 'duplicate key value violates unique constraint',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db'] },
      },
      wrap(new Error('duplicate key value violates unique constraint')),
    );
    expect(formatted.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.extensions?.['correlationId']).toEqual(expect.any(String));
    expect(JSON.stringify(formatted)).not.toMatch(/duplicate|stacktrace/);
  });
});
