import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

async function localeOf(page: Page): Promise<Locale> {
  return ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
}

test('the Estonian school tutor answers the feedback waiting for her; the trainer of the session reads its results', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'tutor.school.ee');
  const locale = await localeOf(page);
  // The survey waits on the home page.
  await expect(page.getByRole('heading', { name: text(locale, 'surveys.pendingTitle') })).toBeVisible();
  await page.getByTestId('my-surveys').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/my-surveys\/[0-9a-f-]{36}$/);
  const surveyId = page.url().split('/').pop() as string;

  // The mode comes before the first question.
  const mode = page.getByTestId('survey-mode');
  await expect(mode).toContainText(text(locale, 'surveys.mode.ANONYMOUS.title'));
  const first = page.getByTestId('question-Q1');
  expect((await mode.boundingBox())!.y).toBeLessThan((await first.boundingBox())!.y);
  await expectNoAxeViolations(page);

  // Sending without the required answers names them; nothing is sent.
  await page.getByRole('button', { name: text(locale, 'surveys.submit') }).click();
  await expect(page.getByText(text(locale, 'surveys.requiredError')).first()).toBeVisible();

  await first.getByRole('radio', { name: text(locale, 'surveys.likert.4'), exact: true }).check();
  // Answers are saved as a draft as one goes: after a reload the answer is still there.
  await expect(page.getByTestId('draft-state')).toHaveText(text(locale, 'surveys.draft.saved'));
  await page.reload();
  await expect(page.getByTestId('draft-restored')).toBeVisible({ timeout: 15_000 });
  await expect(first.getByRole('radio', { name: text(locale, 'surveys.likert.4'), exact: true })).toBeChecked();
  await page
    .getByTestId('question-Q2')
    .getByRole('radio', { name: text(locale, 'surveys.likert.5'), exact: true })
    .check();
  await page
    .getByTestId('question-Q3')
    .getByRole('radio', { name: text(locale, 'surveys.notApplicable') })
    .check();
  await page.getByTestId('question-Q4').getByRole('radio', { name: '9', exact: true }).check();
  // Too fast: the follow-up question appears.
  await page.getByTestId('question-Q5').getByRole('radio').nth(2).check();
  await page.getByTestId('question-Q5A').fill('Tagasiside andmine õppijatele');
  await page.getByTestId('question-Q6').getByRole('checkbox').nth(1).check();
  await page.getByLabel(text(locale, 'surveys.other')).fill('Rollimäng');
  await page.getByTestId('question-Q7').fill('Rohkem praktilisi näiteid');
  await page.getByRole('button', { name: text(locale, 'surveys.submit') }).click();
  await expect(page.getByTestId('survey-thanks')).toBeVisible();
  await page.getByRole('link', { name: text(locale, 'surveys.backToList') }).click();
  await expect(page.getByTestId('my-survey-row').first()).toHaveAttribute('data-status', 'ANSWERED');
  await page.getByRole('button', { name: text(locale, 'app.signOut') }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The next person signs in on a device that remembers nothing (the sign-in form in the browser's language).
  await page.evaluate(() => window.localStorage.clear());

  // The trainer of the session reads the results: counts with charts and tables, small groups hidden.
  await signIn(page, 'trainer.ee');
  const trainerLocale = await localeOf(page);
  await page
    .getByRole('navigation', { name: text(trainerLocale, 'app.mainNavigation') })
    .getByRole('link', { name: text(trainerLocale, 'nav.surveys') })
    .click();
  await expect(page.getByTestId('surveys')).toBeVisible();
  // A full page load (the app's code and the results afresh): slower than a navigation.
  await page.goto(`/surveys/${surveyId}`);
  await expect(page.getByTestId('results-headline')).toBeVisible({ timeout: 30_000 });
  const q1 = page.getByTestId('result-Q1');
  await expect(q1).toHaveAttribute('data-suppressed', 'false');
  await q1.getByText(text(trainerLocale, 'surveys.results.table')).click();
  await expect(q1.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page);
  // Free texts need a group of ten: one session's feedback has fewer.
  await expect(page.getByTestId('result-Q7').getByTestId('too-few')).toBeVisible();

  // The same question over the module's sessions (or versions) side by side, with a table view.
  await page.getByTestId('compare-link').click();
  await expect(page).toHaveURL(/\/compare$/);
  const comparison = page.getByTestId('comparison');
  await expect(comparison).toBeVisible();
  await comparison.getByText(text(trainerLocale, 'surveys.results.table')).click();
  await expect(comparison.getByTestId('comparison-table')).toBeVisible();
  await expect(comparison.getByTestId('comparison-row').first()).toBeVisible();
  // Filtered to the school tutors' answers in Estonian: the address keeps the filters, small groups stay hidden.
  await comparison.getByLabel(text(trainerLocale, 'surveys.results.side')).selectOption('SCHOOL');
  await expect(page).toHaveURL(/side=SCHOOL/);
  await comparison.getByLabel(text(trainerLocale, 'surveys.compare.responseLanguage')).selectOption('et');
  await expect(page).toHaveURL(/language=et/);
  await expect(comparison.getByLabel(text(trainerLocale, 'surveys.results.side'))).toHaveValue('SCHOOL');
  await expect(comparison.getByTestId('comparison-row').first()).toBeVisible();
});
