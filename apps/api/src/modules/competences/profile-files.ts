import { LOCALES } from '@tandem/shared-domain';
import type { ProfileView } from './competence-profile.mapper';
import { readTranslationsSheet, translationsWorkbook, type TranslationsSheet } from '../../common/translations-sheet';

/** The JSON form of a profile version: the same shape as SaveCompetenceProfileDraftInput (import). */
export function profileJson(view: ProfileView): unknown {
  const textsOf = (
    title: Record<string, string>,
    description: Record<string, string>,
    levels: Record<string, string[]> = {},
  ) =>
    LOCALES.filter((l) => title[l] || description[l] || levels[l]?.length).map((language) => ({
      language,
      title: title[language] ?? '',
      description: description[language] ?? '',
      levels: levels[language] ?? [],
    }));
  const p = view.profile;
  return {
    version: p.version,
    status: p.status,
    scaleLevels: p.scaleLevels,
    levelNames: Object.entries(p.levelNames).map(([language, names]) => ({
      language,
      title: '',
      description: '',
      levels: names,
    })),
    areas: view.areas.map(({ area, competences }) => ({
      code: area.code,
      texts: textsOf(area.title, area.description),
      competences: competences.map((c) => ({ code: c.code, texts: textsOf(c.title, c.description, c.levels) })),
    })),
  };
}

/**
 * The translators' spreadsheet: one row per text (title, description, each level descriptor) and
 * one column per language, English first; empty cells are the missing translations.
 */
export async function profileXlsx(view: ProfileView): Promise<Buffer> {
  const rows: TranslationsSheet['rows'] = [];
  const add = (code: string, field: string, texts: Record<string, string | undefined>) =>
    rows.push({ keys: [code, field], texts });
  for (const { area, competences } of view.areas) {
    add(area.code, 'title', area.title);
    if (Object.keys(area.description).length) add(area.code, 'description', area.description);
    for (const c of competences) {
      add(c.code, 'title', c.title);
      add(c.code, 'description', c.description);
      for (let i = 0; i < view.profile.scaleLevels; i++)
        add(c.code, `level ${i + 1}`, Object.fromEntries(LOCALES.map((l) => [l, c.levels[l]?.[i]])));
    }
  }
  return translationsWorkbook({
    name: `Profile v${view.profile.version}`,
    keyColumns: [
      { header: 'code', width: 12 },
      { header: 'field', width: 14 },
    ],
    rows,
  });
}

export interface TranslationRow {
  row: number;
  code: string;
  field: string;
  texts: Record<string, string>;
}

/** The rows of a translators' spreadsheet (the layout profileXlsx writes); empty cells are left out. */
export async function parseTranslationsXlsx(bytes: Buffer): Promise<TranslationRow[]> {
  const { rows, errors } = await readTranslationsSheet(bytes, ['code', 'field']);
  if (errors.length) throw new Error(errors[0].message);
  return rows.map((r) => ({ row: r.row, code: r.keys['code'], field: r.keys['field'].toLowerCase(), texts: r.texts }));
}
