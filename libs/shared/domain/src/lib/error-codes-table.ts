import { normaliseTable } from './permissions-table';

export const ERROR_CODES_TABLE_START =
  '<!-- error-codes:start (generated from libs/shared/domain/src/lib/error-codes.ts: npm run docs:errors) -->';
export const ERROR_CODES_TABLE_END = '<!-- error-codes:end -->';

export interface ErrorCodeDoc {
  code: string;
  what: string;
}

/**
 * The codes of the ERROR_CODES list in the source text of error-codes.ts, each with the doc comment
 * written above it (the comment is the documentation: it is read here rather than kept twice).
 */
export function errorCodeDocs(source: string): ErrorCodeDoc[] {
  const start = source.indexOf('export const ERROR_CODES = [');
  const end = source.indexOf('] as const', start);
  if (start === -1 || end === -1) throw new Error('error-codes.ts has no ERROR_CODES list');
  const body = source.slice(source.indexOf('[', start) + 1, end);
  const docs: ErrorCodeDoc[] = [];
  let comment = '';
  for (const token of body.matchAll(/\/\*\*([\s\S]*?)\*\/|\/\/[^\n]*|'([A-Z0-9_]+)'/g)) {
    if (token[1] !== undefined)
      comment = token[1]
        .split('\n')
        .map((line) => line.replace(/^\s*\*\s?/, '').trim())
        .filter(Boolean)
        .join(' ');
    else if (token[2]) {
      docs.push({ code: token[2], what: comment });
      comment = '';
    }
  }
  return docs;
}

/** The README's table of error codes. */
export function renderErrorCodesTable(docs: readonly ErrorCodeDoc[]): string {
  const rows = docs.map(({ code, what }) => `| \`${code}\` | ${what.replace(/\|/g, '\\|')} |`);
  return [
    ERROR_CODES_TABLE_START,
    '',
    '| code | what happened |',
    '| --- | --- |',
    ...rows,
    '',
    ERROR_CODES_TABLE_END,
  ].join('\n');
}

function section(readme: string): [number, number] {
  const start = readme.indexOf(ERROR_CODES_TABLE_START);
  const end = readme.indexOf(ERROR_CODES_TABLE_END);
  if (start === -1 || end === -1) throw new Error('README has no error-codes section markers');
  return [start, end + ERROR_CODES_TABLE_END.length];
}

/** The generated section of `readme` as it stands, without Prettier's padding. */
export function currentErrorCodesTable(readme: string): string {
  const [start, end] = section(readme);
  return normaliseTable(readme.slice(start, end));
}

/** `readme` with its error-codes section replaced by the table of `source`. */
export function withErrorCodesTable(readme: string, source: string): string {
  const [start, end] = section(readme);
  return readme.slice(0, start) + renderErrorCodesTable(errorCodeDocs(source)) + readme.slice(end);
}
