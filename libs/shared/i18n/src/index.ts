export { catalogues, flattenCatalogue, I18N_NAMESPACE, resources, untranslated } from './lib/catalogues';
export type { Catalogue, UntranslatedKeys } from './lib/catalogues';
export { INTL_LOCALES, intlLocale, negotiateLocale } from './lib/locale';
