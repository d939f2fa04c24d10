import type { Locale } from '@tandem/shared-domain';
import type en from '../catalogues/en.json';

/** The shape of a catalogue. English is the reference: every other catalogue has exactly its keys. */
export type Catalogue = typeof en;

/** The i18next namespace the catalogues are loaded into. */
export const I18N_NAMESPACE = 'translation';

/**
 * One dynamic import per language, English included, so the bundler puts each catalogue in a chunk
 * of its own and a browser downloads only the language it shows (each is about as big as the
 * sign-in page's own code; an Estonian reader never downloads the English texts). Typed as a record
 * over the locales, so a new locale without a loader is a compile error.
 */
const translations: Readonly<Record<Locale, () => Promise<{ default: Catalogue }>>> = {
  en: () => import('../catalogues/en.json'),
  et: () => import('../catalogues/et.json'),
  lv: () => import('../catalogues/lv.json'),
  lt: () => import('../catalogues/lt.json'),
  ru: () => import('../catalogues/ru.json'),
};

/**
 * The catalogue of `locale`, fetched on first use (the bundler's module cache makes later calls
 * cheap). For code that must not carry every language; the API and the tests use the synchronous
 * `catalogues`.
 */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  const module = await translations[locale]();
  return module.default;
}
