import { expect, test } from '@playwright/test';
import { signIn } from './support/session';
import { text } from './support/texts';

test('a visitor applies for a Lithuanian company; the Lithuanian coordinator approves it and it joins the directory', async ({
  page,
}) => {
  const suffix = String(Date.now());
  const name = `UAB Bandymas ${suffix}`;

  // Signed out: from the sign-in page to the public form.
  await page.goto('/sign-in');
  await page.getByRole('link', { name: text('en', 'networkApplication.join.link') }).click();
  await expect(page).toHaveURL(/\/join$/);
  await expect(
    page.getByRole('heading', { level: 1, name: text('en', 'networkApplication.join.title') }),
  ).toBeVisible();

  // Sending it empty names the missing fields.
  await page.getByRole('button', { name: text('en', 'networkApplication.join.submit') }).click();
  await expect(page.getByText(text('en', 'networkApplication.errors.required')).first()).toBeVisible();
  await expect(page.getByLabel(text('en', 'networkApplication.fields.organisationName'))).toBeFocused();

  await page.getByLabel(text('en', 'networkApplication.fields.organisationName')).fill(name);
  await page.getByLabel(text('en', 'networkApplication.fields.kind')).selectOption('COMPANY');
  await page.getByLabel(text('en', 'networkApplication.fields.country')).selectOption('LT');
  await page.getByLabel(text('en', 'networkApplication.fields.registryCode')).fill(`LT${suffix}`);
  await page.getByLabel(text('en', 'networkApplication.fields.city')).fill('Kaunas');
  await page.getByLabel(text('en', 'networkApplication.fields.contactGivenName')).fill('Aistė');
  await page.getByLabel(text('en', 'networkApplication.fields.contactFamilyName')).fill('Jonaitienė');
  await page.locator('input[name="contactEmail"]').fill(`aiste.${suffix}@bandymas.example`);
  await page.locator('select[name="preferredLanguage"]').selectOption('lt');
  await page.getByRole('button', { name: text('en', 'networkApplication.join.submit') }).click();
  await expect(page.getByTestId('application-sent')).toHaveText(text('en', 'networkApplication.join.sent'));

  // The coordinator of Lithuania finds it among the applications and approves it.
  await signIn(page, 'coordinator.lt', '/network/applications');
  await expect(
    page.getByRole('heading', { level: 1, name: text('lt', 'networkApplication.list.title') }),
  ).toBeVisible();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: text('lt', 'networkApplication.detail.approve') }).click();
  await expect(page.getByTestId('application-done')).toHaveText(text('lt', 'networkApplication.detail.approved'));
  await expect(page.getByTestId('application-status')).toHaveText(text('lt', 'networkApplication.statuses.APPROVED'));

  // The new organisation is in the network directory.
  await page.getByRole('link', { name: text('lt', 'networkApplication.detail.openOrganisation') }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.goto(`/organisations?q=${encodeURIComponent(suffix)}`);
  await expect(page.getByTestId('organisation-row')).toHaveCount(1);
  await expect(page.getByTestId('organisation-row')).toContainText(name);
});
