import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { currentErrorCodesTable, errorCodeDocs, renderErrorCodesTable } from './error-codes-table';
import { ERROR_CODES } from './error-codes';
import { normaliseTable } from './permissions-table';

const source = readFileSync(resolve(__dirname, 'error-codes.ts'), 'utf8');

describe('ERROR_CODES', () => {
  it('are read with their comments, in order, from the source', () => {
    expect(errorCodeDocs(source).map((d) => d.code)).toEqual([...ERROR_CODES]);
  });

  it('say in a comment what happened, each of them', () => {
    expect(
      errorCodeDocs(source)
        .filter((d) => !d.what)
        .map((d) => d.code),
    ).toEqual([]);
  });

  it('are unique', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it('are the table the README shows (run `npm run docs:errors` after a change)', () => {
    const readme = readFileSync(resolve(__dirname, '../../../../../README.md'), 'utf8');
    expect(currentErrorCodesTable(readme)).toBe(normaliseTable(renderErrorCodesTable(errorCodeDocs(source))));
  });
});
