import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@tandem/shared-domain';
import { I18N_NAMESPACE, intlLocale, negotiateLocale, resources } from '@tandem/shared-i18n';
import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';

/** The language chosen on this device: remembered before sign-in, kept in step after it. */
const STORAGE_KEY = 'tandem.language';

export function rememberedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage blocked (private mode, policy): fall back to the browser languages
  }
}

function remember(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits; the language still applies now.
  }
}

export function initialLocale(): Locale {
  return rememberedLocale() ?? negotiateLocale(navigator.languages ?? [navigator.language]);
}

/**
 * One i18next instance for the app: ICU MessageFormat texts from @tandem/shared-i18n, English as
 * the fallback, `<html lang>` and localStorage following every language change.
 */
export function createI18n(lng: Locale = initialLocale()): i18n {
  const instance = i18next.createInstance();
  instance.use(new ICU({ parseLngForICU: (code) => (isLocale(code) ? intlLocale(code) : code) })).use(initReactI18next);
  void instance.init({
    resources,
    lng,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    ns: [I18N_NAMESPACE],
    defaultNS: I18N_NAMESPACE,
    initAsync: false,
    // React escapes output; ICU does the formatting.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const apply = (code: string) => {
    if (!isLocale(code)) return;
    document.documentElement.lang = code;
    remember(code);
  };
  instance.on('languageChanged', apply);
  apply(instance.language);
  return instance;
}
