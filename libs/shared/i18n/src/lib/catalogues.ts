import type { Locale } from '@tandem/shared-domain';
import en from '../catalogues/en.json';
import et from '../catalogues/et.json';
import lt from '../catalogues/lt.json';
import lv from '../catalogues/lv.json';
import ru from '../catalogues/ru.json';
import untranslatedJson from '../catalogues/untranslated.json';
import { type Catalogue, I18N_NAMESPACE } from './load-catalogue';

/**
 * All the UI texts, one catalogue per locale, in ICU MessageFormat. Typing them as `Catalogue` makes a
 * missing key a compile error as well as a test failure. Synchronous, for the API and the tests;
 * the web app fetches only the language it shows (`loadCatalogue`).
 */
export const catalogues: Readonly<Record<Locale, Catalogue>> = { en, et, lv, lt, ru };

/** English, synchronously, for the API and the tests (the web app loads it like the others). */
export const englishCatalogue: Catalogue = en;

/** The catalogues in the shape i18next's `resources` option expects. */
export const resources = {
  en: { [I18N_NAMESPACE]: en },
  et: { [I18N_NAMESPACE]: et },
  lv: { [I18N_NAMESPACE]: lv },
  lt: { [I18N_NAMESPACE]: lt },
  ru: { [I18N_NAMESPACE]: ru },
} as const satisfies Record<Locale, Record<typeof I18N_NAMESPACE, Catalogue>>;

/**
 * Keys whose text is (still) the English one in a translation. `sameInEveryLanguage` holds texts
 * that are the same everywhere by nature (the product name); the per-locale lists hold texts that
 * wait for a translator. See the library README.
 */
export interface UntranslatedKeys {
  sameInEveryLanguage: readonly string[];
  et: readonly string[];
  lv: readonly string[];
  lt: readonly string[];
  ru: readonly string[];
}
export const untranslated: UntranslatedKeys = untranslatedJson;

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`: the dotted keys that `t()` takes. */
export function flattenCatalogue(tree: object, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[path] = value;
    else if (value && typeof value === 'object') Object.assign(flat, flattenCatalogue(value, path));
    else throw new Error(`Catalogue entry ${path} is neither a text nor a group`);
  }
  return flat;
}
