import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

async function localeOf(page: Page): Promise<Locale> {
  return ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
}

async function openCockpit(page: Page): Promise<Locale> {
  const locale = await localeOf(page);
  await page
    .getByRole('navigation', { name: text(locale, 'app.mainNavigation') })
    .getByRole('link', { name: text(locale, 'nav.cockpit') })
    .click();
  await expect(page).toHaveURL(/\/cockpit$/);
  await expect(page.getByTestId('target-matrix')).toBeVisible();
  return locale;
}

test('the admin reads the cockpit, its burn-up as a table, and the Lithuanian tutors behind a number', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'admin');
  const locale = await openCockpit(page);
  await expect(page.getByTestId('headline-trained')).toContainText('/ 800');
  await expect(page.getByTestId('matrix-row')).toHaveCount(6);
  await expect(page.getByTestId('forecast-method')).toBeVisible();
  await expect(page.getByTestId('shortfalls')).toContainText('Lithuania');
  await expectNoAxeViolations(page);

  // every chart has a table view
  await page
    .getByRole('radiogroup', { name: text(locale, 'cockpit.burnUp.viewAs') })
    .getByText(text(locale, 'cockpit.view.table'))
    .click();
  await expect(page.getByTestId('burn-up-table')).toBeVisible();

  // drill down from Lithuania's trained school tutors; exports carry the same filter
  const lt = page.locator('[data-testid="matrix-row"][data-country="LT"][data-side="SCHOOL"]');
  await lt.getByTestId('cell-trained').getByRole('button').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('drill-person').first()).toBeVisible();
  const countries = await dialog
    .getByTestId('drill-person')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-country')));
  expect(new Set(countries)).toEqual(new Set(['LT']));
  await expect(dialog.getByRole('link', { name: /CSV/ })).toHaveAttribute(
    'href',
    /\/api\/cockpit\/export\/people\?format=csv&countryCode=LT&side=SCHOOL&status=TRAINED/,
  );
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // the admin saves the rule as it stands: everyone is recomputed, nothing changes
  const rule = page.getByTestId('rule-form');
  await expect(rule.getByLabel(text(locale, 'completion.rule.hours'))).toHaveValue('20');
  await rule.getByRole('button', { name: text(locale, 'completion.rule.save') }).click();
  await expect(rule.getByRole('status')).toHaveText(text(locale, 'completion.rule.saved'));
  await expectNoAxeViolations(page);

  const csv = await page.request.get('/api/cockpit/export/matrix?format=csv');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('country,side,target');
});

test('the Lithuanian coordinator sees Lithuania only; the observer sees numbers without names', async ({ page }) => {
  await signIn(page, 'coordinator.lt');
  await openCockpit(page);
  const rows = page.getByTestId('matrix-row');
  await expect(rows).toHaveCount(2);
  expect(new Set(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-country'))))).toEqual(new Set(['LT']));
  await expectNoAxeViolations(page);
  // a tutor who left: the coordinator records it from the drill-down, then takes it back
  await page.locator('[data-testid="matrix-row"][data-side="COMPANY"]').getByRole('button').first().click();
  const dialog = page.getByRole('dialog');
  const row = dialog.getByTestId('drill-person').first();
  const before = (await row.locator('td').nth(1).textContent()) as string;
  await row.getByRole('button', { name: /.+/ }).click();
  await row.getByLabel(text('lt', 'cockpit.withdraw.reason')).fill('Pakeitė darbovietę');
  await row.getByRole('button', { name: text('lt', 'cockpit.withdraw.confirm') }).click();
  await expect(row.locator('td').nth(1)).toHaveText(text('lt', 'completion.status.WITHDRAWN'));
  await expectNoAxeViolations(page);
  await row.getByRole('button', { name: text('lt', 'cockpit.withdraw.reinstate') }).click();
  await expect(row.locator('td').nth(1)).toHaveText(before);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: text('lt', 'app.signOut') }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.evaluate(() => window.localStorage.clear());

  await signIn(page, 'observer');
  await openCockpit(page);
  await expect(page.getByTestId('matrix-row')).toHaveCount(6);
  await expect(page.getByTestId('target-matrix').getByRole('button')).toHaveCount(0);
  const people = await page.request.get('/api/cockpit/export/people?format=csv');
  expect(people.status()).toBe(403);
});

test('a tutor sees what is done and what is missing, with a link to act; the cockpit is not theirs', async ({
  page,
}) => {
  await signIn(page, 'tutor.school.ee');
  const locale = await localeOf(page);
  await page
    .getByRole('navigation', { name: text(locale, 'app.mainNavigation') })
    .getByRole('link', { name: text(locale, 'nav.progress') })
    .click();
  await expect(page).toHaveURL(/\/progress$/);
  await expect(page.getByTestId('completion-status')).toHaveAttribute('data-status', 'IN_TRAINING');
  // IN_TRAINING: something is missing, and each missing condition links to where the tutor acts on it
  const missing = page.locator('[data-testid="requirement"][data-done="false"]');
  await expect(missing.first()).toBeVisible();
  const kind = (await missing.first().getAttribute('data-kind')) as string;
  const path = {
    JOINT_MODULE: '/sessions',
    JOINT_MODULE_COUNT: '/sessions',
    NATIONAL_HOURS: '/sessions',
    SELF_ASSESSMENT: '/self-assessments',
    ASSIGNMENTS: '/assignments',
  }[kind];
  await expect(missing.first().getByRole('link', { name: text(locale, `completion.action.${kind}`) })).toHaveAttribute(
    'href',
    path as string,
  );
  await expectNoAxeViolations(page);

  // the tandem page shows both partners' progress
  await page
    .getByRole('navigation', { name: text(locale, 'app.mainNavigation') })
    .getByRole('link', { name: text(locale, 'nav.myTandem') })
    .click();
  await expect(page.getByTestId('partner-progress')).toHaveCount(2);
  await expect(page.getByTestId('partner-progress').first().getByTestId('completion-status')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/cockpit');
  await expect(page.getByTestId('target-matrix')).toHaveCount(0);
  expect((await page.request.get('/api/cockpit/export/matrix?format=csv')).status()).toBe(403);
});
