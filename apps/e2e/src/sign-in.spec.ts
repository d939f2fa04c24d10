import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_PASSWORD, demoEmail } from './support/session';
import { text } from './support/texts';

test.describe('signing in', () => {
  test('a visitor is sent to sign in, by keyboard alone, and comes back to the page they asked for', async ({
    page,
  }) => {
    await page.goto('/editions');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Feditions/);
    await expect(page.getByRole('heading', { level: 1, name: text('en', 'signIn.title') })).toBeVisible();
    await expectNoAxeViolations(page);

    // Keyboard only: focus the e-mail field by tabbing, type, tab to the password, Enter submits.
    const email = page.getByLabel(text('en', 'signIn.email'));
    for (let i = 0; i < 15 && !(await email.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(email).toBeFocused();
    await page.keyboard.type(demoEmail('admin'));
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(text('en', 'signIn.password'), { exact: true })).toBeFocused();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/editions$/);
    await expect(page.getByRole('heading', { level: 1, name: text('en', 'editions.title') })).toBeVisible();
  });

  test('a wrong password is refused with a message, and the person stays on the sign-in page', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel(text('en', 'signIn.email')).fill(demoEmail('researcher'));
    await page.getByLabel(text('en', 'signIn.password'), { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: text('en', 'signIn.submit') }).click();
    await expect(page.getByText(text('en', 'signIn.errors.badCredentials'))).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('the language picker switches the sign-in page to Latvian and remembers it', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel(text('en', 'language.label')).first().selectOption('lv');
    await expect(page.getByRole('heading', { level: 1, name: text('lv', 'signIn.title') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: text('lv', 'signIn.title') })).toBeVisible();
    await expect(page.getByLabel(text('lv', 'signIn.email'))).toBeVisible();
  });
});
