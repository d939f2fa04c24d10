import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@tandem/shared-domain';
import { ValidateIf, type ValidationOptions } from 'class-validator';
import { Errors } from './domain-error';
import { invalidTextFields } from './text';

/** Flattens class-validator's tree into `a.b.c: message` entries. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(toFieldErrors(e.children ?? [], field));
  });
}

/** Route inputs, and GraphQL's `@Args` (GqlParamtype.ARGS = 3; root, context and info are not input). */
const INPUT_PARAMETERS = new Set<unknown>(['body', 'query', 'param', 3]);

/**
 * The edge. Every argument of every resolver and route (GraphQL arguments and their nested inputs,
 * route parameters, query strings and bodies) passes here first: a text that PostgreSQL cannot store
 * (a NUL, broken Unicode) is VALIDATION_FAILED on its field, never a database error; then every
 * @InputType is checked by class-validator.
 */
class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (INPUT_PARAMETERS.has(metadata.type)) {
      const scalar = typeof value !== 'object' || value === null;
      const invalid = invalidTextFields(value, scalar ? (metadata.data ?? '') : '');
      if (invalid.length) throw Errors.validation(invalid);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => Errors.validation(toFieldErrors(errors)),
  });
}

/**
 * For input fields that may be left out (nothing changes) but are stored in a required column: unlike
 * @IsOptional(), an explicit `null` is refused by the field's other rules instead of reaching the database.
 */
export function Omittable(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}

/** The same failure named twice (e.g. once per date of a series) is reported once. */
export function dedupeFieldErrors(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.field}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
