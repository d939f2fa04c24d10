import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/session';
import { text } from './support/texts';

const TASK = 'A learning task that fits the workplace';

/** The language the app shows the signed-in person (their saved preference). */
async function localeOf(page: Page): Promise<Locale> {
  return ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
}

async function signOutIn(page: Page, locale: Locale): Promise<void> {
  await page.getByRole('button', { name: text(locale, 'app.signOut') }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The next person signs in on a device that remembers nothing (the sign-in form in the browser's language).
  await page.evaluate(() => window.localStorage.clear());
}

/** Opens the demo tandem's DRAFT of the learning task from the tutor's assignments page. */
async function openTask(page: Page, locale: Locale): Promise<void> {
  const nav = page.getByRole('navigation', {
    name: text(locale, 'app.mainNavigation'),
  });
  await nav.getByRole('link', { name: text(locale, 'nav.assignments') }).click();
  await expect(page).toHaveURL(/\/assignments$/);
  const row = page.locator(`[data-testid="assignment-row"][data-title="${TASK}"]`);
  await row
    .getByRole('link', {
      name: text(locale, 'assignments.my.openNamed', { title: TASK }),
    })
    .click();
  await expect(page.getByRole('heading', { name: TASK, level: 1 })).toBeVisible();
}

test('the tandem finishes its shared submission, both partners confirm it, and the Estonian trainer accepts it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // The school tutor edits the draft the company tutor had confirmed: the change clears that confirmation.
  await signIn(page, 'tutor.school.ee');
  let locale = await localeOf(page);
  await openTask(page, locale);
  const status = page.getByTestId('submission-status');
  await expect(status).toHaveAttribute('data-status', 'DRAFT');
  await expect(page.getByTestId('confirmation-state')).toHaveText(text(locale, 'assignments.confirm.state.partner'));
  const editor = page.getByLabel(text(locale, 'assignments.submission.text'));
  await editor.fill(`${await editor.inputValue()}\nSafety: the company tutor gives the briefing on the first morning.`);
  await page.getByRole('button', { name: text(locale, 'assignments.submission.save') }).click();
  await expect(page.getByTestId('submission-done')).toHaveText(text(locale, 'assignments.done.save'));
  await expect(page.getByTestId('confirmation-state')).toHaveText(text(locale, 'assignments.confirm.state.none'));
  await page.getByTestId('confirm-submission').click();
  await expect(page.getByTestId('confirmation-state')).toHaveText(text(locale, 'assignments.confirm.state.mine'));
  await expect(status).toHaveAttribute('data-status', 'DRAFT');
  await signOutIn(page, locale);

  // The company tutor confirms the same content: now it is submitted.
  await signIn(page, 'tutor.company.ee');
  locale = await localeOf(page);
  await openTask(page, locale);
  await expect(page.getByTestId('confirmation-state')).toHaveText(text(locale, 'assignments.confirm.state.partner'));
  await expect(page.getByLabel(text(locale, 'assignments.submission.text'))).toHaveValue(
    /the company tutor gives the briefing/,
  );
  await page.getByTestId('confirm-submission').click();
  await expect(page.getByTestId('submission-status')).toHaveAttribute('data-status', 'SUBMITTED');
  await expect(page.getByTestId('submission-text-readonly')).toContainText('the company tutor gives the briefing');
  await signOutIn(page, locale);

  // The trainer of Estonia finds it among the submissions to review and accepts it.
  await signIn(page, 'trainer.ee');
  locale = await localeOf(page);
  const nav = page.getByRole('navigation', {
    name: text(locale, 'app.mainNavigation'),
  });
  await nav.getByRole('link', { name: text(locale, 'nav.reviews'), exact: true }).click();
  await expect(page).toHaveURL(/\/reviews$/);
  const row = page.locator(`[data-testid="review-row"][data-title="${TASK}"][data-tandem="Kadri Tamm & Andres Kuusk"]`);
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { name: TASK, level: 1 })).toBeVisible();
  await expect(page.getByTestId('submission-status')).toHaveAttribute('data-status', 'SUBMITTED');
  await page.getByRole('radio', { name: text(locale, 'assignments.review.accept') }).check();
  await page.getByTestId('review-submit').click();
  await expect(page.getByTestId('submission-status')).toHaveAttribute('data-status', 'ACCEPTED');
  await expect(page.getByTestId('review-outcome')).toContainText('Tiina Mägi');
  await expect(page.getByTestId('review-submit')).toHaveCount(0);
});
