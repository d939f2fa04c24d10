import type { FieldError } from '@tandem/shared-domain';
import { invalid } from './field-error';

/** A NUL (PostgreSQL text cannot hold it) or a UTF-16 surrogate without its pair (not a character at all). */
// eslint-disable-next-line no-control-regex
const INVALID_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a text cannot be stored, or null when it can. */
export function invalidTextReason(text: string): 'nulCharacter' | 'brokenUnicode' | null {
  const match = INVALID_TEXT.exec(text);
  if (!match) return null;
  return match[0] === '\u0000' ? 'nulCharacter' : 'brokenUnicode';
}

/**
 * Every string inside `value` (objects and arrays walked, at most `maxDepth` deep) that cannot be
 * stored, as field errors named by their path (`dates.0.startsAt`).
 */
export function invalidTextFields(value: unknown, path: string, maxDepth = 12): FieldError[] {
  if (typeof value === 'string') {
    const reason = invalidTextReason(value);
    return reason ? [invalid(path || 'value', reason)] : [];
  }
  if (maxDepth <= 0 || value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([key, v]) => {
    const keyReason = invalidTextReason(key);
    const at = path ? `${path}.${key}` : key;
    return keyReason ? [invalid(at, keyReason)] : invalidTextFields(v, at, maxDepth - 1);
  });
}
