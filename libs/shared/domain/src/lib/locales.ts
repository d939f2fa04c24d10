/** UI and content languages. English is the fallback for every missing translation. */
export const LOCALES = ['en', 'et', 'lv', 'lt', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: string | null | undefined): value is Locale {
  return !!value && (LOCALES as readonly string[]).includes(value);
}

/** Each language named in itself, for the language picker. */
export const LOCALE_NATIVE_NAMES: Record<Locale, string> = {
  en: 'English',
  et: 'Eesti',
  lv: 'Latviešu',
  lt: 'Lietuvių',
  ru: 'Русский',
};
