import { VALIDATION_RULES, type FieldError, type ValidationParams, type ValidationRule } from '@tandem/shared-domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from './app-error';

const isRule = (value: unknown): value is ValidationRule =>
  typeof value === 'string' && Object.hasOwn(VALIDATION_RULES, value);

function paramsOf(value: unknown): ValidationParams | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number',
  );
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * The field errors of an answer (`extensions.fields` or a REST error body), each with a rule the
 * catalogues know: a rule this build does not know yet (a newer API) reads as `invalid`.
 */
export function readFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((candidate): FieldError[] => {
    if (typeof candidate !== 'object' || candidate === null) return [];
    const { field, message, rule, params } = candidate as Record<string, unknown>;
    if (typeof field !== 'string') return [];
    const known = paramsOf(params);
    return [
      {
        field,
        rule: isRule(rule) ? rule : 'invalid',
        ...(known && { params: known }),
        message: typeof message === 'string' ? message : '',
      },
    ];
  });
}

/** A field's error of the client's own checks (an empty required field, say), shaped like the server's. */
export function clientFieldError(field: string, rule: ValidationRule, params?: ValidationParams): FieldError {
  return { field, rule, ...(params && { params }), message: VALIDATION_RULES[rule] };
}

/** Which field errors belong to a control: its exact path, or any path ending in `.name` (`dates.0.endsAt`). */
export type FieldMatch = string | ((field: string) => boolean);

const matches = (match: FieldMatch, field: string) =>
  typeof match === 'function' ? match(field) : field === match || field.endsWith(`.${match}`);

/**
 * The text under a control for a VALIDATION_FAILED answer, in the viewer's language: the rule's
 * catalogue text `validation.<rule>` with its parameters (never the server's English message).
 */
export function useFieldErrors(error: Pick<AppError, 'code' | 'fields'> | null | undefined) {
  const { t } = useTranslation();
  const fields = error?.code === 'VALIDATION_FAILED' ? (error.fields ?? []) : [];
  const text = useCallback((f: FieldError) => t(`validation.${f.rule}`, f.params ?? {}), [t]);
  return {
    /** The translated reason of the first error of the control, or undefined. */
    fieldError: (match: FieldMatch): string | undefined => {
      const found = fields.find((f) => matches(match, f.field));
      return found && text(found);
    },
    /** Every error as translated text, for a summary above a form. */
    all: fields.map((f) => ({ field: f.field, text: text(f) })),
    text,
  };
}
