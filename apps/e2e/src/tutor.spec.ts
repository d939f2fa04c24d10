import { expect, test } from '@playwright/test';
import { signIn, signOut } from './support/session';
import { text } from './support/texts';

test('a tutor sees where the programme stands and what to do next, in Estonian, and follows the cycle', async ({
  page,
}) => {
  await signIn(page, 'tutor.school.ee');

  const panel = page.getByTestId('where-we-are-now');
  await expect(panel.getByRole('heading', { name: text('et', 'whereWeAreNow.title') })).toBeVisible();
  // The demo edition always stands in the national trainings before joint module 2.
  await expect(panel.getByTestId('current-phase')).toContainText(text('et', 'cycle.phases.NATIONAL_TRAININGS_2'));
  // Her own steps (from her tandem, bookings and rounds) stand in their own panel, not the phase's.
  await expect(
    page.getByTestId('my-next-steps').locator('[data-kind="BOOK_NATIONAL_TRAINING"]').getByRole('link'),
  ).toHaveText(text('et', 'myHome.steps.BOOK_NATIONAL_TRAINING'));

  await panel.getByRole('link', { name: text('et', 'whereWeAreNow.viewCycle') }).click();
  const phases = page.getByTestId('cycle-phase');
  await expect(phases).toHaveCount(14);
  const current = page.locator('[data-testid="cycle-phase"][aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText(text('et', 'cycle.phases.NATIONAL_TRAININGS_2'));
  await expect(page.locator('[data-testid="cycle-phase"][data-status="DONE"]')).toHaveCount(7);
  // Tutors read the cycle; only administrators get controls to move it.
  await expect(page.getByTestId('cycle').getByRole('button')).toHaveCount(0);

  await page.getByRole('button', { name: text('et', 'app.signOut') }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a language chosen after sign-in is saved on the person and follows them to the next session', async ({
  page,
  context,
}) => {
  await signIn(page, 'trainer.ee');
  await expect(page.locator('html')).toHaveAttribute('lang', 'et');
  await page.getByLabel(text('et', 'language.label')).first().selectOption('en');
  await expect(page.getByRole('link', { name: text('en', 'nav.editions') })).toBeVisible();

  // A new browser, nothing remembered on the device: the language comes from the person.
  await signOut(page);
  await context.clearCookies();
  await page.evaluate(() => window.localStorage.clear());
  await signIn(page, 'trainer.ee');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: text('en', 'nav.editions') })).toBeVisible();
});
