import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

async function localeOf(page: Page): Promise<Locale> {
  return ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
}

test('the researcher publishes a finding with a cited survey result; the tutor reads it on "You said, we did"', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const statement = `Tutors ask for more practice with real learners (${Date.now()})`;
  await signIn(page, 'researcher', '/interim-analysis');
  let locale = await localeOf(page);
  await expect(page.getByRole('heading', { name: 'Interim analysis after joint module 1' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByTestId('finding').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A new draft: without evidence it cannot be published.
  await page.getByLabel(text(locale, 'evidence.findings.statement')).fill(statement);
  await page.getByRole('button', { name: text(locale, 'evidence.findings.create') }).click();
  const card = page.getByTestId('finding').filter({ hasText: statement });
  await expect(card.getByTestId('finding-status')).toHaveText(text(locale, 'evidence.status.DRAFT'));
  await card.getByRole('button', { name: text(locale, 'evidence.findings.publish') }).click();
  await expect(card.getByText(text(locale, 'validation.citationNeeded'))).toBeVisible();

  // Cite a survey question's result for all groups, then publish.
  await card.getByRole('combobox', { name: text(locale, 'evidence.cite.survey') }).click();
  await page.getByRole('listbox').getByRole('option').first().click();
  await card.getByRole('combobox', { name: text(locale, 'evidence.cite.question') }).click();
  await page.getByRole('listbox').getByRole('option').first().click();
  await card.getByRole('button', { name: text(locale, 'evidence.cite.submit') }).click();
  await expect(card.getByTestId('citation')).toHaveCount(1);
  await expect(card.getByTestId('evidence-figure')).toContainText('n = ');
  await card.getByRole('button', { name: text(locale, 'evidence.findings.publish') }).click();
  await expect(card.getByTestId('finding-status')).toHaveText(text(locale, 'evidence.status.PUBLISHED'));

  // An action answering it: proposed for joint module 1, agreed, done in its published version 2.
  const change = `More practice with real learners in joint module 1 (${Date.now()})`;
  const form = page.getByTestId('action-form');
  await form.getByRole('combobox', { name: text(locale, 'evidence.actions.findings') }).click();
  await page.getByRole('option', { name: statement }).click();
  await page.keyboard.press('Escape');
  await form.getByRole('combobox', { name: text(locale, 'evidence.actions.module') }).click();
  await page.getByRole('option', { name: /^JM1 / }).click();
  await form.getByLabel(text(locale, 'evidence.actions.change')).fill(change);
  await form.getByLabel(text(locale, 'evidence.actions.ownerLabel')).fill('Programme team');
  await form.getByRole('button', { name: text(locale, 'evidence.actions.propose') }).click();
  const action = page.getByTestId('action').filter({ hasText: change });
  await expect(action.getByTestId('action-status')).toHaveText(text(locale, 'evidence.actionStatus.PROPOSED'));
  await action.getByRole('button', { name: text(locale, 'evidence.actions.agree') }).click();
  await expect(action.getByTestId('action-status')).toHaveText(text(locale, 'evidence.actionStatus.AGREED'));
  await action.getByRole('combobox', { name: text(locale, 'evidence.actions.version', { code: 'JM1' }) }).click();
  await page.getByRole('option', { name: new RegExp(text(locale, 'modules.versionNumber', { version: '2' })) }).click();
  await action.getByRole('button', { name: text(locale, 'evidence.actions.markDone') }).click();
  await expect(action.getByTestId('action-status')).toHaveText(text(locale, 'evidence.actionStatus.DONE'));
  await expect(action).toContainText(text(locale, 'evidence.actions.inVersion', { code: 'JM1', version: '2' }));
  await page.getByRole('button', { name: text(locale, 'app.signOut') }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.evaluate(() => window.localStorage.clear());

  // The tutor finds it from the home page, in her language, with the evidence and the actions.
  await signIn(page, 'tutor.school.ee');
  locale = await localeOf(page);
  await page.getByTestId('you-said-we-did-link').click();
  await expect(page).toHaveURL(/\/you-said-we-did$/);
  await expect(page.getByRole('heading', { name: text(locale, 'evidence.ysw.title'), level: 1 })).toBeVisible();
  const mine = page.getByTestId('finding').filter({ hasText: statement });
  await expect(mine.getByTestId('citation')).toHaveCount(1);
  await expect(
    page.getByTestId('action-status').filter({ hasText: text(locale, 'evidence.actionStatus.CHECKED') }),
  ).toHaveCount(1);
  await expectNoAxeViolations(page);
  // The analysis as a report in her language.
  const download = page.waitForEvent('download');
  await page
    .getByRole('link', { name: text(locale, 'evidence.report.download') })
    .first()
    .click();
  expect((await download).suggestedFilename()).toBe(`interim-analysis-${locale}.pdf`);
});
