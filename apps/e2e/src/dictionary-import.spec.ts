import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

const HEADER = 'id,domain,related,en_term,en_part_of_speech,lv_term,lv_part_of_speech,et_term';

function csvFile(name: string, rows: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tandem-dictionary-')), name);
  writeFileSync(path, [HEADER, ...rows].join('\n') + '\n', 'utf8');
  return path;
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel(text('en', 'glossaryImport.import.file')).click();
  await (await chooser).setFiles(path);
}

test('an administrator exports the dictionary, checks a file with a bad row, fixes it and imports it', async ({
  page,
}) => {
  test.setTimeout(60_000);
  // New terms per run: the journeys share one database.
  const stamp = Date.now();
  const good = [
    `,ICT,,load balancer ${stamp},NOUN,slodzes balansētājs ${stamp},NOUN,koormusjaotur ${stamp}`,
    `,METALWORK,,arc welding ${stamp},NOUN,loka metināšana ${stamp},NOUN,`,
  ];
  const withError = csvFile('dictionary-with-error.csv', [good[0], good[1].replace('METALWORK', 'COOKING')]);
  const fixed = csvFile('dictionary.csv', good);

  await signIn(page, 'admin', '/dictionary/import');
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'glossaryImport.title') })).toBeVisible();
  for (const format of ['csv', 'xlsx', 'tbx'])
    await expect(page.getByRole('link', { name: text('en', `glossaryImport.export.${format}`) })).toHaveAttribute(
      'href',
      `/api/glossary/export.${format}`,
    );
  const tbx = await page.request.get('/api/glossary/export.tbx');
  expect(tbx.status()).toBe(200);
  expect(await tbx.text()).toContain('<conceptEntry id="term-');
  await expectNoAxeViolations(page);

  // A domain the dictionary does not have: row 3 is named and nothing can be imported.
  await chooseFile(page, withError);
  await page.getByRole('button', { name: text('en', 'glossaryImport.import.check') }).click();
  const errors = page.getByTestId('glossary-import-errors');
  await expect(errors.getByRole('row')).toHaveCount(2);
  await expect(errors.getByRole('row').nth(1)).toContainText('3');
  await expect(errors.getByRole('row').nth(1)).toContainText('domain');
  await expect(errors.getByRole('row').nth(1)).toContainText(text('en', 'glossaryImport.rowCodes.INVALID_DOMAIN'));
  await expect(page.getByRole('button', { name: text('en', 'glossaryImport.import.apply') })).toBeDisabled();
  await expectNoAxeViolations(page);

  // The fixed file: two new concepts, imported, then found by the search without diacritics.
  await chooseFile(page, fixed);
  await page.getByRole('button', { name: text('en', 'glossaryImport.import.check') }).click();
  await expect(page.getByTestId('glossary-import-rows').getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: text('en', 'glossaryImport.import.apply') }).click();
  await expect(page.getByTestId('glossary-import-done')).toContainText('2');
  await expectNoAxeViolations(page);
  const found = await page.request.post('/graphql', {
    data: { query: `query { glossaryTerms(search: "slodzes balansetajs ${stamp}") { entries { language term } } }` },
    headers: { 'content-type': 'application/json' },
  });
  expect(JSON.stringify(await found.json())).toContain(`load balancer ${stamp}`);
});
