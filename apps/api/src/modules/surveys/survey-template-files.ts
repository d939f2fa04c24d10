import { LOCALES } from '@tandem/shared-domain';
import { readTranslationsSheet, translationsWorkbook } from '../../common/translations-sheet';
import { translatableTexts, TEMPLATE_FORMAT_VERSION, type TemplateDocument } from './survey-template-document';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  et: 'Eesti',
  lv: 'Latviešu',
  lt: 'Lietuvių',
  ru: 'Русский',
};
export const README_SHEET = 'README';
/** The label of the README line that names the template (an import checks it). */
export const README_TEMPLATE = 'Template';

/**
 * The translators' spreadsheet of a template: a sheet of texts (key, then a column per language,
 * English first, missing translations filled yellow) and a README sheet that says how to fill it in.
 */
export function templateXlsx(d: TemplateDocument): Promise<Buffer> {
  const texts = [...translatableTexts(d)];
  const missing = LOCALES.map((l) => `${l}: ${texts.filter(([, t]) => !t[l]).length}`).join(', ');
  return translationsWorkbook({
    name: 'Translations',
    keyColumns: [{ header: 'key', width: 34 }],
    languageHeader: (l) => `${l} — ${LANGUAGE_NAMES[l]}`,
    rows: texts.map(([key, t]) => ({ keys: [key], texts: t })),
    readme: {
      name: README_SHEET,
      lines: [
        [README_TEMPLATE, d.key],
        ['Format', `tandem.survey-template translations, version ${TEMPLATE_FORMAT_VERSION}`],
        ['What this is', 'The texts of one survey template: one row per text, one column per language.'],
        ['How to translate', 'Write the translation in the column of its language. Yellow cells are missing.'],
        ['Do not change', 'the key column, the header row or the sheet names: the key says which text a row is.'],
        ['English', 'must stay filled in: it is shown wherever a translation is missing.'],
        ['Empty cells', 'keep the text the template has (an import never deletes a translation).'],
        ['Formulas', 'are not run: a text that starts with = + - @ is kept as text.'],
        ['Missing now', missing],
        ['Send back', 'Upload the file on the survey templates page: a check shows what would change first.'],
      ],
    },
  });
}

/** The rows of a template's translators' spreadsheet and the template its README names. */
export async function readTemplateTranslations(bytes: Buffer) {
  const content = await readTranslationsSheet(bytes, ['key'], README_SHEET);
  return { ...content, templateKey: content.readme[README_TEMPLATE] ?? null };
}
