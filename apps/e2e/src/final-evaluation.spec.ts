import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

async function localeOf(page: Page): Promise<Locale> {
  return ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
}

test('the researcher opens the final evaluation, reads the competence change as a table and downloads the PDF', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'researcher');
  const locale = await localeOf(page);
  await page
    .getByRole('navigation', { name: text(locale, 'app.mainNavigation') })
    .getByRole('link', { name: text(locale, 'nav.finalEvaluation') })
    .click();
  await expect(page).toHaveURL(/\/final-evaluation$/);
  await expect(page.getByRole('heading', { name: text(locale, 'finalEvaluation.title'), level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: text(locale, 'finalEvaluation.competence.title') })).toBeVisible({
    timeout: 20_000,
  });
  await page
    .getByRole('radiogroup', { name: text(locale, 'finalEvaluation.competence.viewAs') })
    .getByText(text(locale, 'finalEvaluation.view.table'))
    .click();
  // The demo's completers took the final self-assessment: groups large enough to show.
  const table = page.getByTestId('competence-change-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(
    table.locator('tbody tr').filter({ hasNotText: text(locale, 'finalEvaluation.tooFew') }),
  ).not.toHaveCount(0);
  await expectNoAxeViolations(page);
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: text(locale, 'finalEvaluation.downloadPdf') }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe('final-evaluation.pdf');
});
