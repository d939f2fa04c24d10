import Papa from 'papaparse';

/** The addresses of a pasted list: one per line, or separated by commas, semicolons or spaces. */
export function addressesOf(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((a) => a.trim())
    .filter(Boolean);
}

/**
 * The addresses of a CSV file (the delimiter guessed, as spreadsheet programs in the Baltics often
 * save with semicolons): the column headed "email" (or "e-mail"), or else the first column; a first
 * row without an "@" in that column is taken as a heading.
 */
export function addressesOfCsv(text: string): string[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const rows = parsed.data.map((r) => r.map((c) => c.trim()));
  if (!rows.length) return [];
  const named = rows[0].findIndex((h) => /^e-?mail$/i.test(h));
  const column = named >= 0 ? named : 0;
  const body = named >= 0 || !rows[0][column]?.includes('@') ? rows.slice(1) : rows;
  return body.map((r) => r[column] ?? '').filter(Boolean);
}

/** The list in parts of at most `size`, with the index of each part's first row. */
export function parts<T>(list: readonly T[], size: number): { offset: number; items: T[] }[] {
  const out: { offset: number; items: T[] }[] = [];
  for (let i = 0; i < list.length; i += size) out.push({ offset: i, items: list.slice(i, i + size) });
  return out;
}

/** Rows (0-based) that repeat an earlier address of the list, compared as the server does (case-insensitively). */
export function repeatedRows(list: readonly string[]): number[] {
  const seen = new Set<string>();
  return list.flatMap((a, i) => {
    const key = a.trim().toLowerCase();
    const repeated = seen.has(key);
    seen.add(key);
    return repeated ? [i] : [];
  });
}
