import { VALIDATION_RULES, type FieldError, type ValidationParams, type ValidationRule } from '@tandem/shared-domain';
import { IntlMessageFormat } from 'intl-messageformat';
import type { ValidationOptions } from 'class-validator';

const english = new Map<ValidationRule, IntlMessageFormat>();

/** The rule's English text with its parameters: the `message` API clients and logs read. */
export function ruleMessage(rule: ValidationRule, params?: ValidationParams): string {
  let format = english.get(rule);
  if (!format) {
    format = new IntlMessageFormat(VALIDATION_RULES[rule], 'en');
    english.set(rule, format);
  }
  return String(format.format(params));
}

/** One refused field: its path, the rule it broke (translated by the pages) and the English text. */
export function invalid(field: string, rule: ValidationRule, params?: ValidationParams): FieldError {
  return { field, rule, ...(params && { params }), message: ruleMessage(rule, params) };
}

/**
 * class-validator options that name the rule of a decorator (read back by `toFieldErrors` from the
 * error's `contexts`), so a DTO's refusal is translated like a service's.
 */
export function rule(
  name: ValidationRule,
  options: ValidationOptions = {},
  params?: ValidationParams,
): ValidationOptions {
  return { ...options, message: ruleMessage(name, params), context: { rule: name, params } };
}
