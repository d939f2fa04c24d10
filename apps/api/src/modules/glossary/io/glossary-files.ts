import { isZip } from '../../../common/spreadsheet';
import { invalidTextReason } from '../../../common/text';
import type { RawConcept } from './glossary-concept';
import { GlossaryFileError } from './glossary-file-error';
import { conceptsOfTable, readCsvTable, readXlsxTable } from './glossary-table';
import { conceptsOfTbx } from './glossary-tbx';

export type GlossaryFileFormat = 'csv' | 'xlsx' | 'tbx';

/** One import is applied in one transaction, synchronously: this bounds its time (a few seconds). */
export const MAX_IMPORT_CONCEPTS = 20_000;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function formatOf(fileName: string): GlossaryFileFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'tbx' || ext === 'xml') return 'tbx';
  throw new GlossaryFileError('UNSUPPORTED_TYPE');
}

function utf8(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GlossaryFileError('NOT_UTF8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (invalidTextReason(text)) throw new GlossaryFileError('UNREADABLE');
  return text;
}

/**
 * The concepts of an upload. The content must be what the name says: an .xlsx is a zip, a .tbx is
 * XML, a .csv is neither (a renamed spreadsheet or term base is refused, not half-read).
 */
export async function readConcepts(
  fileName: string,
  bytes: Buffer,
  maxRows = MAX_IMPORT_CONCEPTS,
): Promise<RawConcept[]> {
  const format = formatOf(fileName);
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new GlossaryFileError('TOO_LARGE', { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  let concepts: RawConcept[];
  if (format === 'xlsx') {
    if (!isZip(bytes)) throw new GlossaryFileError('TYPE_MISMATCH', { expected: 'an XLSX workbook' });
    const table = await readXlsxTable(bytes);
    if (table.some((r) => r.some((c) => invalidTextReason(c)))) throw new GlossaryFileError('UNREADABLE');
    concepts = conceptsOfTable(table, maxRows);
  } else {
    if (isZip(bytes)) throw new GlossaryFileError('TYPE_MISMATCH', { expected: format === 'csv' ? 'CSV text' : 'XML' });
    const text = utf8(bytes);
    const looksXml = text.trimStart().startsWith('<');
    if (format === 'tbx') {
      if (!looksXml) throw new GlossaryFileError('TYPE_MISMATCH', { expected: 'XML' });
      concepts = conceptsOfTbx(text, maxRows);
    } else {
      if (looksXml) throw new GlossaryFileError('TYPE_MISMATCH', { expected: 'CSV text' });
      concepts = conceptsOfTable(readCsvTable(text), maxRows);
    }
  }
  if (!concepts.length) throw new GlossaryFileError('NO_ROWS');
  return concepts;
}
