import { LOCALES } from '@tandem/shared-domain';
import ExcelJS from 'exceljs';
import type { ProfileView } from './competence-profile.mapper';
import { invalidTextReason } from '../../common/text';
import { ruleMessage } from '../../common/field-error';

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

/** A spreadsheet would run text starting like a formula: stored with a leading apostrophe (see csv-cell.ts). */
const safe = (text: string | undefined) => (text && /^[=+\-@\t\r]/.test(text) ? `'${text}` : (text ?? ''));

/**
 * The translators' spreadsheet: one row per text (title, description, each level descriptor) and
 * one column per language, English first; empty cells are the missing translations.
 */
export async function profileXlsx(view: ProfileView): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(`Profile v${view.profile.version}`);
  sheet.columns = [
    { header: 'code', key: 'code', width: 12 },
    { header: 'field', key: 'field', width: 14 },
    ...LOCALES.map((l) => ({ header: l, key: l, width: 48 })),
  ];
  sheet.getRow(1).font = { bold: true };
  const add = (code: string, field: string, texts: Record<string, string | undefined>) => {
    const row = sheet.addRow({ code, field, ...Object.fromEntries(LOCALES.map((l) => [l, safe(texts[l])])) });
    row.alignment = { wrapText: true, vertical: 'top' };
    LOCALES.forEach((l, i) => {
      if (!texts[l]?.trim())
        row.getCell(3 + i).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF3BF' } };
    });
  };
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
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface TranslationRow {
  row: number;
  code: string;
  field: string;
  texts: Record<string, string>;
}

/** Our export stores formula-like text with a leading apostrophe; reading it back removes it again. */
const unsafe = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** The rows of a translators' spreadsheet (the layout profileXlsx writes); empty cells are left out. */
export async function parseTranslationsXlsx(bytes: Buffer): Promise<TranslationRow[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const header = (sheet.getRow(1).values as unknown[]).map((v) =>
    String(v ?? '')
      .trim()
      .toLowerCase(),
  );
  const column = (name: string) => header.indexOf(name);
  const rows: TranslationRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cell = (i: number) => {
      const text = i > 0 ? String(row.getCell(i).text ?? '').trim() : '';
      {
        const reason = invalidTextReason(text);
        if (reason) throw new Error(`row ${number}: ${ruleMessage(reason)}`);
      }
      return text;
    };
    const texts = Object.fromEntries(LOCALES.map((l) => [l, unsafe(cell(column(l)))]).filter(([, v]) => v));
    rows.push({ row: number, code: cell(column('code')), field: cell(column('field')).toLowerCase(), texts });
  });
  return rows;
}
