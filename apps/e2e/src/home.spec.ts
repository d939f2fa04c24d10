import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

test('a tutor in a tandem sees her own next steps, none to form a tandem, and follows one', async ({ page }) => {
  await signIn(page, 'tutor.school.ee');
  const panel = page.getByTestId('my-next-steps-panel');
  await expect(panel.getByRole('heading', { name: text('et', 'myHome.stepsTitle') })).toBeVisible();
  const steps = panel.getByTestId('my-next-steps').getByRole('listitem');
  await expect(steps.first()).toBeVisible();
  await expect(panel.locator('[data-kind="FORM_TANDEM"]')).toHaveCount(0);
  // The phase's generic tutor steps give way to her own.
  await expect(page.getByTestId('where-we-are-now').getByTestId('next-steps')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const todo = panel.locator('[data-done="false"]').first().getByRole('link');
  const href = (await todo.getAttribute('href')) as string;
  expect(href).toMatch(/^\//);
  await todo.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[?]/g, '\\?')}$`));
});

test('a coordinator sees the work waiting in Estonia with counts and follows it to the filtered list', async ({
  page,
}) => {
  await signIn(page, 'coordinator.ee');
  const queue = page.getByTestId('work-queue-panel');
  await expect(queue.getByRole('heading', { name: text('et', 'myHome.queueTitle') })).toBeVisible();
  const unpaired = queue.locator('[data-kind="UNPAIRED_TUTORS"]');
  await expect(unpaired).toBeVisible();
  expect(Number(await unpaired.getAttribute('data-count'))).toBeGreaterThan(0);
  await expect(unpaired).toContainText(text('et', 'myHome.queue.UNPAIRED_TUTORS'));
  await expect(queue.locator('[data-kind="SUBMISSIONS_TO_REVIEW"]')).toBeVisible();
  await expectNoAxeViolations(page);

  await unpaired.getByRole('link', { name: text('et', 'myHome.queue.UNPAIRED_TUTORS') }).click();
  await expect(page).toHaveURL(/\/tandems\?unpaired=EE$/);
});
