import { IntrinsicException } from '@nestjs/common';
import type { ErrorCode, FieldError } from '@tandem/shared-domain';

/**
 * The one error type that services throw. Its `code` becomes `extensions.code`; `details` are
 * merged into `extensions` (e.g. the failing `fields`). Anything else thrown is treated as a bug.
 */
// IntrinsicException: an expected outcome, so Nest does not log it as a crash.
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const Errors = {
  unauthenticated: (message = 'You need to sign in.') => new DomainError('UNAUTHENTICATED', message),
  forbidden: (message = 'You are not allowed to do this.') => new DomainError('FORBIDDEN', message),
  notFound: (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`),
  validation: (fields: FieldError[], message = 'Some fields are not valid.') =>
    new DomainError('VALIDATION_FAILED', message, { fields }),
  conflict: (message: string) => new DomainError('CONFLICT', message),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new DomainError('TOO_MANY_ATTEMPTS', 'Too many attempts. Please wait and try again.', { retryAfterSeconds }),
};
