import { expect, test } from '@playwright/test';
import { restorePhaseStatus } from './support/demo-cycle';
import { signIn } from './support/session';
import { text } from './support/texts';

test.afterEach(async ({ page }, testInfo) => {
  if (testInfo.title.includes('moves a phase back'))
    await restorePhaseStatus(page.request, 'INTERIM_ANALYSIS_1', 'DONE');
});

test('an administrator reads the audit log and moves a phase back with a reason that is audited', async ({ page }) => {
  await signIn(page, 'admin');

  await page.getByRole('link', { name: text('en', 'nav.editions') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'editions.title') })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: '2026–2027' }).click();

  // Moving the last done phase (the first interim analysis) back to open needs a reason.
  const phase = text('en', 'cycle.phases.INTERIM_ANALYSIS_1');
  const action = text('en', 'edition.move.reopen');
  await page.getByRole('button', { name: text('en', 'edition.move.label', { action, phase }) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: text('en', 'edition.move.confirm') }).click();
  await expect(dialog.getByLabel(text('en', 'edition.move.reason'))).toBeFocused(); // empty reason refused
  await dialog
    .getByLabel(text('en', 'edition.move.reason'))
    .fill('Findings of the interim analysis need one more review round');
  await dialog.getByRole('button', { name: text('en', 'edition.move.confirm') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('cycle-phase').filter({ hasText: phase })).toHaveAttribute('data-status', 'OPEN');

  await page.getByRole('link', { name: text('en', 'nav.auditLog') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'audit.title') })).toBeVisible();
  // Jobs (certificates issued at start-up) may have written many events since: show phase moves only.
  await page.getByRole('combobox', { name: text('en', 'audit.filterOperation') }).click();
  await page.getByRole('option', { name: text('en', 'audit.operations.moveCyclePhase') }).click();
  await expect(page).toHaveURL(/operation=moveCyclePhase/);
  await expect(page.getByRole('table')).toContainText('Findings of the interim analysis need one more review round');
  await expect(page.getByRole('table')).toContainText(text('en', 'audit.operations.moveCyclePhase'));

  // Moving it forward again needs no reason; the demo stands where it stood for the other journeys.
  await page.goBack();
  await page.goBack();
  const done = text('en', 'edition.move.close');
  await page.getByRole('button', { name: text('en', 'edition.move.label', { action: done, phase }) }).click();
  await expect(page.getByTestId('cycle-phase').filter({ hasText: phase })).toHaveAttribute('data-status', 'DONE');
});

test('an unknown address shows the not-found page inside the app', async ({ page }) => {
  await signIn(page, 'researcher');
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'notFound.title') })).toBeVisible();
  await page.getByRole('link', { name: text('en', 'notFound.home') }).click();
  await expect(page).toHaveURL(/\/$/);
});
