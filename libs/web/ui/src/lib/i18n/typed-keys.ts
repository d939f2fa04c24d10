import type { Catalogue, I18N_NAMESPACE } from '@tandem/shared-i18n';

/**
 * Types i18next's `t()` with the keys of the English catalogue: a mistyped or removed key is a
 * compile error in every project that imports @tandem/web-ui (the web app does).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof I18N_NAMESPACE;
    resources: { [I18N_NAMESPACE]: Catalogue };
    returnNull: false;
    // Texts are ICU MessageFormat (i18next-icu), not `{{var}}`.
    parseInterpolation: false;
  }
}

export {};
