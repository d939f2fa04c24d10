import { LOCALE_NATIVE_NAMES, isLocale } from '@tandem/shared-domain';

export const MODULE_FIELDS = [
  'title',
  'summary',
  'learningOutcomes',
  'contactHours',
  'selfStudyHours',
  'deliveryMode',
  'materials',
] as const;
export type ModuleField = (typeof MODULE_FIELDS)[number];

/**
 * A field of the version history ("title.lv", "contactHours") as the catalogue key of its name and
 * the language it is in (named in itself), or no key for a field this app does not know yet.
 */
export function fieldLabelParts(field: string): {
  key: `modules.fields.${ModuleField}` | null;
  language: string | null;
} {
  const [name, language] = field.split('.', 2);
  const key = (MODULE_FIELDS as readonly string[]).includes(name)
    ? (`modules.fields.${name as ModuleField}` as const)
    : null;
  return {
    key,
    language: language ? (isLocale(language) ? LOCALE_NATIVE_NAMES[language] : language) : null,
  };
}
