import { expect, type Page } from '@playwright/test';

/** Every demo account has this password (see apps/api/src/database/demo/demo-people.ts). */
export const DEMO_PASSWORD = 'tandem-demo-2026';

export const demoEmail = (who: string) => `${who}@tandem.example`;

/**
 * Signs in through the real form, as a person would, and waits for the page it leads to: `next`,
 * or `/consents` first (`consentsAsked`) for someone with an unanswered consent question.
 */
export async function signIn(page: Page, who: string, next = '/', { consentsAsked = false } = {}): Promise<void> {
  await page.goto(next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail').fill(demoEmail(who));
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  if (!consentsAsked) await expect(page).not.toHaveURL(/\/consents/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}
