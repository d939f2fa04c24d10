import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

/** Kohtla Keevitus OÜ, an Estonian company of the demo network (demo-network.ts). */
const EE_COMPANY = '12460913';
const HEADER =
  'email,given_name,family_name,organisation_registry_code,occupation_field,years_of_experience,languages,preferred_language';

function csvFile(name: string, rows: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tandem-import-')), name);
  writeFileSync(path, [HEADER, ...rows].join('\n') + '\n', 'utf8');
  return path;
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel(text('et', 'imports.file')).click();
  await (await chooser).setFiles(path);
}

test('a coordinator checks a tutor file, corrects it, imports it with a progress bar, and a second import changes nothing, in Estonian', async ({
  page,
}) => {
  test.setTimeout(60_000);
  // New people per run: the journeys share one database.
  const stamp = Date.now();
  const rows = [
    `mari.kask.${stamp}@example.ee,Mari,Kask,${EE_COMPANY},Keevitus,5,"et,ru",et`,
    `jaan.mets.${stamp}@example.ee,Jaan,Mets,${EE_COMPANY},Keevitus,12,et,et`,
  ];
  const withError = csvFile('tutors-with-error.csv', [rows[0], rows[1].replace(EE_COMPANY, '99999999')]);
  const good = csvFile('tutors.csv', rows);

  await signIn(page, 'coordinator.ee');
  const nav = page.getByRole('navigation', { name: text('et', 'app.mainNavigation') });
  await nav.getByRole('link', { name: text('et', 'nav.importTutors') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('et', 'imports.title') })).toBeVisible();
  await expect(page.getByRole('link', { name: text('et', 'imports.template.download') })).toHaveAttribute(
    'href',
    '/api/imports/tutors/template.csv',
  );
  // The XLSX template comes with its column help in the coordinator's language.
  const xlsx = page.getByRole('link', { name: text('et', 'imports.template.downloadXlsx') });
  await expect(xlsx).toHaveAttribute('href', '/api/imports/tutors/template.xlsx?language=et');
  const template = await page.request.get('/api/imports/tutors/template.xlsx?language=et');
  expect(template.status()).toBe(200);
  expect(template.headers()['content-type']).toContain('spreadsheetml');
  await expectNoAxeViolations(page);

  // Checking without a file says so.
  await page.getByRole('button', { name: text('et', 'imports.check') }).click();
  await expect(page.getByText(text('et', 'imports.errors.fileRequired'))).toBeVisible();

  // A row with an unknown registry code: its error in the table, and no import.
  await chooseFile(page, withError);
  await page.getByRole('button', { name: text('et', 'imports.check') }).click();
  const result = page.getByTestId('import-result');
  const errors = result.getByRole('table');
  await expect(errors.getByRole('row')).toHaveCount(2);
  await expect(errors.getByRole('row').nth(1)).toContainText('3');
  await expect(errors.getByRole('row').nth(1)).toContainText('organisation_registry_code');
  await expect(result.getByRole('button', { name: text('et', 'imports.import') })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The corrected file: two new tutors.
  await chooseFile(page, good);
  await page.getByRole('button', { name: text('et', 'imports.check') }).click();
  await expect(result.getByTestId('import-summary-new')).toContainText('2');
  await expect(result.getByTestId('import-summary-updated')).toContainText('0');
  await expect(result.getByRole('table')).toHaveCount(0);

  await result.getByRole('button', { name: text('et', 'imports.import') }).click();
  const progress = page.getByRole('progressbar', { name: text('et', 'imports.job.progressLabel') });
  await expect(progress).toHaveAttribute('aria-valuemax', '2');
  await expect(page.getByTestId('import-job')).toHaveAttribute('data-status', 'SUCCEEDED');
  await expect(progress).toHaveAttribute('aria-valuenow', '2');
  await expect(page.getByTestId('import-job')).toContainText(text('et', 'imports.job.succeeded'));
  await expect(page.getByTestId('import-job').getByTestId('import-summary-new')).toContainText('2');
  await expectNoAxeViolations(page);

  // The same file again: matched by e-mail, nothing to change.
  await page.getByRole('button', { name: text('et', 'imports.job.another') }).click();
  await chooseFile(page, good);
  await page.getByRole('button', { name: text('et', 'imports.check') }).click();
  await expect(result.getByTestId('import-summary-unchanged')).toContainText('2');
  await expect(result).toContainText(text('et', 'imports.report.nothingToChange'));
  await expect(result.getByRole('button', { name: text('et', 'imports.import') })).toHaveCount(0);
});
