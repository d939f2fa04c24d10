import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@tandem/shared-domain';
import { Errors } from './domain-error';

/** Flattens class-validator's tree into `a.b.c: message` entries. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(toFieldErrors(e.children ?? [], field));
  });
}

/** Validation at the edge: every @InputType is checked before a service sees it. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => Errors.validation(toFieldErrors(errors)),
  });
}
