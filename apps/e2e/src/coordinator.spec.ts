import { expect, test } from '@playwright/test';
import { signIn } from './support/session';
import { text } from './support/texts';

test('a coordinator sees the national steps of the current phase, and no administrator pages', async ({ page }) => {
  await signIn(page, 'coordinator.lt');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  const panel = page.getByTestId('where-we-are-now');
  await expect(panel.getByTestId('current-phase')).toContainText(text('lt', 'cycle.phases.NATIONAL_TRAININGS_2'));
  await expect(panel.getByTestId('next-steps')).toBeVisible();

  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { name: text('lt', 'forbidden.title') })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
