export { catalogues, englishCatalogue, flattenCatalogue, resources, untranslated } from './lib/catalogues';
export type { UntranslatedKeys } from './lib/catalogues';
export { I18N_NAMESPACE, loadCatalogue } from './lib/load-catalogue';
export type { Catalogue } from './lib/load-catalogue';
export { INTL_LOCALES, intlLocale, negotiateLocale } from './lib/locale';
