import { DEFAULT_LOCALE, isLocale, type Locale } from '@tandem/shared-domain';
import { catalogues, flattenCatalogue, intlLocale } from '@tandem/shared-i18n';
import { IntlMessageFormat } from 'intl-messageformat';

const flat = new Map<Locale, Record<string, string>>();
const formats = new Map<string, IntlMessageFormat>();

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The web app's texts (the shared catalogues, ICU MessageFormat) for documents the API renders in
 * the reader's language, such as a PDF: the page and the document then say the same thing.
 * An unknown key is a bug and says its key.
 */
export function translator(language: string): Translate {
  const locale: Locale = isLocale(language) ? language : DEFAULT_LOCALE;
  let texts = flat.get(locale);
  if (!texts) {
    texts = flattenCatalogue(catalogues[locale]);
    flat.set(locale, texts);
  }
  const catalogue = texts;
  return (key, params) => {
    const text = catalogue[key];
    if (text === undefined) return key;
    const id = `${locale}:${key}`;
    let format = formats.get(id);
    if (!format) {
      format = new IntlMessageFormat(text, intlLocale(locale));
      formats.set(id, format);
    }
    return String(format.format(params));
  };
}
