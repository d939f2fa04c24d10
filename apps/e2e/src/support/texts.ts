import { catalogues, flattenCatalogue } from '@tandem/shared-i18n';
import type { Locale } from '@tandem/shared-domain';

const flat = Object.fromEntries(
  Object.entries(catalogues).map(([locale, c]) => [locale, flattenCatalogue(c)]),
) as Record<Locale, Record<string, string>>;

/**
 * A UI text as the app shows it in `locale`, read from the same catalogues the app uses, so a
 * journey in Estonian or Latvian checks the real translation rather than a copy of it.
 * Only for texts without ICU placeholders (or with `{name}`-style ones, filled from `values`).
 */
export function text(locale: Locale, key: string, values: Record<string, string> = {}): string {
  const message = flat[locale][key] ?? flat.en[key];
  if (message === undefined) throw new Error(`No text ${key}`);
  return message.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}
