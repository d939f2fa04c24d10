import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

async function localeOf(page: Page): Promise<Locale> {
  return ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
}

test('ADMIN downloads the feedback template as JSON and as the translators’ spreadsheet and checks both back in (nothing saved)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'admin');
  const locale = await localeOf(page);
  await page
    .getByRole('navigation', { name: text(locale, 'app.mainNavigation') })
    .getByRole('link', { name: text(locale, 'nav.surveyTemplates') })
    .click();
  await expect(page).toHaveURL(/\/admin\/survey-templates$/);
  const row = page.getByTestId('survey-template-after-session');
  await expect(row).toBeVisible();
  await expectNoAxeViolations(page);

  const [json] = await Promise.all([page.waitForEvent('download'), row.getByTestId('template-download-json').click()]);
  expect(json.suggestedFilename()).toBe('survey-template-after-session.json');
  const document = JSON.parse(await readFile(await json.path(), 'utf8')) as { format: string; key: string };
  expect(document).toMatchObject({ format: 'tandem.survey-template', key: 'after-session' });
  const [xlsx] = await Promise.all([page.waitForEvent('download'), row.getByTestId('template-download-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toBe('survey-template-after-session-translations.xlsx');

  // The JSON as downloaded: the check finds nothing to change, so there is nothing to apply.
  const file = page.locator('input[type="file"]');
  await file.setInputFiles({
    name: json.suggestedFilename(),
    mimeType: 'application/json',
    buffer: await readFile(await json.path()),
  });
  await page.getByRole('button', { name: text(locale, 'surveyTemplates.import.check') }).click();
  const preview = page.getByTestId('template-import-preview');
  await expect(preview.getByRole('status')).toHaveText(
    text(locale, 'surveyTemplates.report.wouldAction.UNCHANGED', { key: 'after-session' }),
  );
  await expect(page.getByTestId('template-import-apply')).toBeDisabled();

  // The spreadsheet as downloaded picks its template by its name; its check shows the texts per language.
  await file.setInputFiles({
    name: xlsx.suggestedFilename(),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await readFile(await xlsx.path()),
  });
  await page.getByRole('button', { name: text(locale, 'surveyTemplates.import.check') }).click();
  await expect(page.getByTestId('template-import-languages').locator('tbody tr')).toHaveCount(5);
  await expect(preview.getByRole('status')).toHaveText(
    text(locale, 'surveyTemplates.report.wouldAction.UNCHANGED', { key: 'after-session' }),
  );
  await expectNoAxeViolations(page);
});
