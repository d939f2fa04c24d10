import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@tandem/shared-domain';
import { type Catalogue, I18N_NAMESPACE, intlLocale, loadCatalogue, negotiateLocale } from '@tandem/shared-i18n';
import i18next, { type BackendModule, type i18n, type Resource } from 'i18next';
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
 * The catalogues this page has already fetched. Each language, English too, is a separate chunk,
 * fetched when it is first needed. Kept per page, not per i18next instance, so a catalogue fetched
 * before the first render (main.tsx) is there when the app creates its instance.
 */
const fetched = new Map<Locale, Catalogue>();

/**
 * Fetches the catalogue of `locale` (once). main.tsx awaits it for the initial language before the
 * first render, so a person who reads Estonian does not first see the page in English (nor keys).
 */
export async function preloadCatalogue(locale: Locale): Promise<void> {
  if (!fetched.has(locale)) fetched.set(locale, await loadCatalogue(locale));
}

/**
 * An i18next backend over `loadCatalogue`: `changeLanguage` asks it for a language that is not
 * loaded yet and switches (re-renders, sets `<html lang>`) only once the catalogue is there, so
 * every caller of `changeLanguage` gets the lazy loading without knowing about it.
 */
const lazyCatalogues: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLocale(language) || namespace !== I18N_NAMESPACE) {
      callback(null, {});
      return;
    }
    preloadCatalogue(language).then(
      () => callback(null, fetched.get(language) ?? {}),
      // `false`: no retry; the page stays readable through the English fallback.
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/**
 * One i18next instance for the app: ICU MessageFormat texts from @tandem/shared-i18n, English as
 * the fallback, `<html lang>` and localStorage following every language change.
 */
export function createI18n(lng: Locale = initialLocale()): i18n {
  const instance = i18next.createInstance();
  instance
    .use(new ICU({ parseLngForICU: (code) => (isLocale(code) ? intlLocale(code) : code) }))
    .use(lazyCatalogues)
    .use(initReactI18next);
  // What is already here goes in as resources, so the initial language renders at once; the
  // backend fetches the others. `partialBundledLanguages` lets the two work together.
  const resources: Resource = {};
  for (const [locale, catalogue] of fetched) resources[locale] = { [I18N_NAMESPACE]: catalogue };
  void instance.init({
    resources,
    partialBundledLanguages: true,
    lng,
    // Every catalogue has every key, so a language that is here needs no fallback, and an Estonian
    // reader downloads no English. English stands in for a language whose catalogue is not (yet)
    // here: a failed fetch leaves the page readable.
    fallbackLng: (code: string) => (isLocale(code) && fetched.has(code) ? [] : [DEFAULT_LOCALE]),
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
