import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

test('a researcher searches the network, pages with "Show more" and opens a school with its cluster but no tutor e-mails', async ({
  page,
}) => {
  await signIn(page, 'researcher');
  const nav = page.getByRole('navigation', { name: text('en', 'app.mainNavigation') });
  await nav.getByRole('link', { name: text('en', 'nav.network') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'network.title') })).toBeVisible();

  // The first 20 by name, then the rest.
  const rows = page.getByTestId('organisation-row');
  await expect(rows).toHaveCount(20);
  const count = page.getByTestId('organisation-count');
  await expect(count).toHaveText(/^\d+ organisations$/);
  const total = Number((await count.textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(20);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: text('en', 'network.showMore') }).click();
  await expect(rows).toHaveCount(Math.min(total, 40));

  // Filters live in the address: a search and a kind, then back to the search alone.
  await page.getByLabel(text('en', 'network.filters.search'), { exact: true }).fill('Tallinn');
  await page.getByLabel(text('en', 'network.filters.search'), { exact: true }).press('Enter');
  await expect(page).toHaveURL(/[?&]q=Tallinn/);
  await page.getByLabel(text('en', 'network.filters.kind')).selectOption('VET_INSTITUTION');
  await expect(page).toHaveURL(/kind=VET_INSTITUTION/);
  await expect(count).toHaveText('1 organisation');
  await expect(rows).toHaveCount(1);
  await page.goBack();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(page.getByLabel(text('en', 'network.filters.kind'))).toHaveValue('');
  await expect(rows.filter({ hasText: 'Ülemiste Automaatika OÜ' })).toHaveCount(1);
  await page.goForward();
  await expect(rows).toHaveCount(1);

  await rows.getByRole('link', { name: 'Tallinna Tööstushariduskeskus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tallinna Tööstushariduskeskus' })).toBeVisible();
  await expect(page.getByText('70003980')).toBeVisible();
  const cluster = page.getByTestId('organisation-cluster');
  await expect(cluster.getByRole('link', { name: 'Harju Metall OÜ' })).toBeVisible();
  await expect(cluster.getByRole('link', { name: 'Ülemiste Automaatika OÜ' })).toBeVisible();
  // A researcher reads no names of the tutors (issue 17: pseudonyms and aggregates only), nor contact details.
  await expect(page.getByTestId('organisation-tutors')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Kadri Tamm');
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('@tandem.example');
  await expectNoAxeViolations(page);

  // The cluster leads on to the company, whose cluster leads back.
  await cluster.getByRole('link', { name: 'Harju Metall OÜ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harju Metall OÜ' })).toBeVisible();
  await expect(
    page.getByTestId('organisation-cluster').getByRole('link', { name: 'Tallinna Tööstushariduskeskus' }),
  ).toBeVisible();
});
