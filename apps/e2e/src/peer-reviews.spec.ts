import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

async function localeOf(page: Page): Promise<Locale> {
  return ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
}

async function openTheReview(page: Page): Promise<Locale> {
  const locale = await localeOf(page);
  await page.getByRole('link', { name: text(locale, 'nav.peerReviews') }).click();
  await expect(page).toHaveURL(/\/peer-reviews$/);
  await page.getByTestId('peer-reviews').locator('a[href^="/peer-reviews/"]').first().click();
  await expect(page.getByRole('heading', { name: text(locale, 'peerReviews.panel.VISIT') })).toBeVisible({
    timeout: 20_000,
  });
  return locale;
}

test('the LT coordinator opens the peer review in its visit; the EE peer adds an interview note', async ({ page }) => {
  test.setTimeout(90_000);
  const notes = `Tutors want the workplace visit earlier (${Date.now()})`;
  await signIn(page, 'coordinator.lt');
  let locale = await openTheReview(page);
  // The country team reads the visit; writing interview notes is the peers' part.
  await expect(page.getByRole('listitem').filter({ hasText: 'The national programme team' })).toBeVisible();
  await expect(page.getByRole('button', { name: text(locale, 'peerReviews.interviews.add') })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: text(locale, 'app.signOut') }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.evaluate(() => window.localStorage.clear());

  await signIn(page, 'coordinator.ee');
  locale = await openTheReview(page);
  await page
    .getByRole('textbox', { name: text(locale, 'peerReviews.interviews.interviewee'), exact: true })
    .fill('School tutors of the pilot');
  await page.getByRole('textbox', { name: text(locale, 'peerReviews.interviews.notes'), exact: true }).fill(notes);
  await page.getByRole('button', { name: text(locale, 'peerReviews.interviews.add') }).click();
  await expect(page.getByRole('listitem').filter({ hasText: notes })).toBeVisible();
});
