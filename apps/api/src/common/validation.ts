import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError, ValidationParams, ValidationRule } from '@tandem/shared-domain';
import { getMetadataStorage, ValidateIf, type ValidationOptions } from 'class-validator';
import { Errors } from './domain-error';
import { invalid } from './field-error';
import { invalidTextFields } from './text';

/**
 * The rule (and its parameters) of one failed class-validator constraint: the rule a decorator
 * names with `rule()`, else the built-in constraint's own, with the limits it was declared with.
 */
const BUILT_IN_RULES: Record<string, (constraints: unknown[]) => [ValidationRule, ValidationParams?]> = {
  isNotEmpty: () => ['required'],
  isDefined: () => ['required'],
  arrayNotEmpty: () => ['required'],
  whitelistValidation: () => ['unknownField'],
  maxLength: ([max]) => ['maxLength', { max: Number(max) }],
  minLength: ([min]) => ['minLength', { min: Number(min) }],
  isLength: ([min, max]) =>
    max === undefined ? ['minLength', { min: Number(min) }] : ['lengthBetween', { min: Number(min), max: Number(max) }],
  min: ([min]) => ['min', { min: Number(min) }],
  max: ([max]) => ['max', { max: Number(max) }],
  arrayMinSize: ([min]) => ['minItems', { min: Number(min) }],
  arrayMaxSize: ([max]) => ['maxItems', { max: Number(max) }],
  arrayUnique: () => ['unique'],
  isIn: ([values]) => ['oneOf', { values: Array.isArray(values) ? values.join(', ') : '' }],
  isEnum: ([entity]) => [
    'oneOf',
    {
      values: Object.values(entity ?? {})
        .filter((v) => typeof v === 'string')
        .join(', '),
    },
  ],
  isEmail: () => ['email'],
  isUuid: () => ['uuid'],
  isUrl: () => ['url'],
  isInt: () => ['mustBeInteger'],
  isNumber: () => ['mustBeNumber'],
  isBoolean: () => ['mustBeBoolean'],
  isString: () => ['mustBeText'],
  isArray: () => ['mustBeList'],
  isObject: () => ['mustBeObject'],
  nestedValidation: () => ['mustBeObject'],
  isIso8601: () => ['isoDateTime'],
  isTimeZone: () => ['timeZone'],
  matches: () => ['format'],
};

function ruleOf(error: ValidationError, constraint: string): [ValidationRule, ValidationParams?] {
  const named = error.contexts?.[constraint] as { rule?: ValidationRule; params?: ValidationParams } | undefined;
  if (named?.rule) return [named.rule, named.params];
  const builtIn = BUILT_IN_RULES[constraint];
  if (!builtIn) return ['invalid'];
  return builtIn(declaredConstraints(error, constraint));
}

/** The arguments a decorator was declared with (`@MaxLength(200)` → [200]), from class-validator's metadata. */
function declaredConstraints(error: ValidationError, constraint: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === constraint || m.type === constraint));
  return metadata?.constraints ?? [];
}

/** Flattens class-validator's tree into `a.b.c` entries with the rule each broke. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => {
      const [rule, params] = ruleOf(e, constraint);
      // The decorator's own English text when it has none of ours (a built-in's default message).
      return { ...invalid(field, rule, params), ...(rule === 'invalid' && { message }) };
    });
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
    // The target lets toFieldErrors read a decorator's declared limits (never sent to a client).
    validationError: { target: true, value: false },
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
