import { DEFAULT_LOCALE, isLocale, type Locale } from '@tandem/shared-domain';

/**
 * The BCP 47 tag each UI language formats dates and numbers with. English is used in Europe here,
 * so it gets day-month-year dates and 24-hour times (en-GB) rather than the US conventions.
 */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = {
  en: 'en-GB',
  et: 'et-EE',
  lv: 'lv-LV',
  lt: 'lt-LT',
  ru: 'ru',
};

export function intlLocale(locale: Locale): string {
  return INTL_LOCALES[locale];
}

/**
 * Picks the first supported language from a list such as `navigator.languages`
 * (`['lv-LV', 'en-US']` → `'lv'`), or the fallback when none is supported.
 */
export function negotiateLocale(
  candidates: readonly (string | null | undefined)[],
  fallback: Locale = DEFAULT_LOCALE,
): Locale {
  for (const candidate of candidates) {
    const language = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return fallback;
}
