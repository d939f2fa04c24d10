import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

test('a tutor answers the consent questions at sign-in, changes one on the account page and downloads a copy of her data', async ({
  page,
}) => {
  // Sign-in, consents, an export built by the job, its download and the trail: a long journey.
  test.slow();
  // Rūta (demo: the one tutor who has not answered yet) signs in: the consent page, in Lithuanian, nothing ticked.
  await signIn(page, 'tutor.privacy.lt', '/', { consentsAsked: true });
  await expect(page.getByRole('heading', { level: 1, name: text('lt', 'privacy.consent.title') })).toBeVisible();
  await expect(page.getByText(text('lt', 'privacy.consent.serviceMails'))).toBeVisible();
  const boxes = page.getByRole('checkbox');
  await expect(boxes).toHaveCount(5);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel(text('lt', 'privacy.consent.purposes.PARTNER_SUGGESTIONS.label')).check();
  await page.getByLabel(text('lt', 'privacy.consent.purposes.EMAIL_REMINDERS.label')).check();
  await page.getByRole('button', { name: text('lt', 'privacy.consent.save') }).click();
  await expect(page).toHaveURL(/\/$/);

  // The account page shows her choices; she withdraws the reminders at once.
  await page.goto('/account');
  const myData = page.getByRole('region', { name: text('lt', 'privacy.myData.title') });
  await expect(myData.getByLabel(text('lt', 'privacy.consent.purposes.PARTNER_SUGGESTIONS.label'))).toBeChecked();
  await expect(myData.getByLabel(text('lt', 'privacy.consent.purposes.RESEARCH.label'))).not.toBeChecked();
  await myData.getByLabel(text('lt', 'privacy.consent.purposes.EMAIL_REMINDERS.label')).uncheck();
  await myData.getByRole('button', { name: text('lt', 'privacy.consent.save') }).click();
  await expect(myData.getByRole('status').filter({ hasText: text('lt', 'privacy.consent.saved') })).toBeVisible();
  await expect(myData.getByTestId('consent-state-EMAIL_REMINDERS')).toContainText(text('lt', 'privacy.myData.refused'));

  // A copy of her data: asked for, prepared by the job, downloaded as a ZIP.
  const exportPanel = myData.getByTestId('data-export');
  await expect(exportPanel).toContainText(text('lt', 'privacy.myData.export.none'));
  await exportPanel.getByRole('button', { name: text('lt', 'privacy.myData.export.request') }).click();
  const link = exportPanel.getByRole('link', { name: text('lt', 'privacy.myData.export.download') });
  await expect(link).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('tandem-data.zip');
  const zip = readFileSync(await download.path());
  expect(zip.subarray(0, 2).toString()).toBe('PK');
  expect(zip.toString('latin1')).toContain('index.html');

  // Who read or changed her data: her consent changes and the export she asked for, newest first.
  await page.reload();
  const trail = myData.getByRole('region', { name: text('lt', 'privacy.accessLog.title') });
  await expect(trail.getByTestId('audit-trail')).toContainText(text('lt', 'audit.operations.requestDataExport'));
});

test('a tutor asks to be erased and the coordinator of her country sees the request with what must stay', async ({
  page,
}) => {
  // Rūta asks on her account page (her consent questions may still be open when this runs alone).
  await signIn(page, 'tutor.privacy.lt', '/account', { consentsAsked: true });
  await page.goto('/account');
  const erasure = page.getByTestId('erasure');
  const asked = erasure.getByRole('status');
  if (!(await asked.isVisible())) {
    await erasure.getByRole('button', { name: text('lt', 'privacy.erasure.ask') }).click();
    const dialog = page.getByRole('dialog', { name: text('lt', 'privacy.erasure.askTitle') });
    await expect(dialog.getByRole('button', { name: text('lt', 'privacy.erasure.cancel') })).toBeFocused();
    await dialog.getByRole('button', { name: text('lt', 'privacy.erasure.askConfirm') }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(asked).toBeVisible();
  await expectNoAxeViolations(page);
  // Signed out, with her language choice forgotten: the next person starts from a clean browser.
  await page.evaluate(() => localStorage.clear());
  await page.context().clearCookies();

  // The coordinator of Lithuania finds it under "Erasure requests", opens the confirmation and steps back
  // (carrying it out would erase a demo account the other journeys may use; the API spec covers it).
  await signIn(page, 'coordinator.lt');
  const lang = 'lt'; // her preferred language
  await page.getByRole('link', { name: text(lang, 'nav.erasureRequests') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(lang, 'privacy.erasure.pageTitle') })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Rūta Petraitienė' });
  await expect(row).toBeVisible();
  await expectNoAxeViolations(page);
  await row.getByRole('button', { name: text(lang, 'privacy.erasure.erase', { name: 'Rūta Petraitienė' }) }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText(text(lang, 'privacy.erasure.confirmBody'));
  await confirm.getByRole('button', { name: text(lang, 'privacy.erasure.cancel') }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toBeVisible();
});
