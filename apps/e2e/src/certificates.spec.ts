import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

test('a trained tutor downloads and shares her certificate, anyone verifies it, a coordinator revokes one', async ({
  page,
}) => {
  test.setTimeout(90_000);

  // Līga (Latvian, trained) finds her certificate under "My certificates", in Latvian.
  await signIn(page, 'tutor.trained.lv');
  await page
    .getByRole('navigation', { name: text('lv', 'app.mainNavigation') })
    .getByRole('link', { name: text('lv', 'nav.myCertificates') })
    .click();
  await expect(page).toHaveURL(/\/certificates$/);
  const card = page.getByTestId('certificate-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('certificate-status')).toHaveAttribute('data-status', 'VALID');
  await expect(card).toContainText(/TND-\d{4}-LV-\d{6}/);
  await expectNoAxeViolations(page);

  // the PDF, with English as a second language
  await card.getByLabel(text('lv', 'certificates.card.secondLanguage')).selectOption('en');
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('link', { name: text('lv', 'certificates.card.downloadPdf') }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/^TND-\d{4}-LV-\d{6}-lv-en\.pdf$/);
  await expect(card.getByRole('link', { name: text('lv', 'certificates.card.addToLinkedIn') })).toHaveAttribute(
    'href',
    /^https:\/\/www\.linkedin\.com\/profile\/add\?startTask=CERTIFICATION_NAME&/,
  );
  const verifyUrl = await card
    .getByRole('link', { name: text('lv', 'certificates.card.openVerification') })
    .getAttribute('href');
  const number = (await card.textContent())?.match(/TND-\d{4}-LV-\d{6}/)?.[0] ?? '';
  await page.getByRole('button', { name: text('lv', 'app.signOut') }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The next person uses a device that remembers nothing (the browser's language: English).
  await page.evaluate(() => window.localStorage.clear());

  // A visitor (no session) opens the link of the QR code.
  await page.goto(new URL(verifyUrl ?? '', 'http://x').pathname);
  await expect(page.getByTestId('verification-result')).toHaveAttribute('data-status', 'VALID');
  await expect(page.getByTestId('verified-holder')).toHaveText('Līga Ozoliņa');
  await expectNoAxeViolations(page);
  // … or types the number on /verify; an unknown one is simply not found
  await page.getByRole('link', { name: text('en', 'certificates.verify.checkAnother') }).click();
  await page.getByLabel(text('en', 'certificates.verify.numberLabel')).fill(number);
  await page.getByRole('button', { name: text('en', 'certificates.verify.check') }).click();
  await expect(page.getByTestId('verification-result')).toHaveAttribute('data-status', 'VALID');
  await page.getByLabel(text('en', 'certificates.verify.numberLabel')).fill('TND-2026-LV-999999');
  await page.getByRole('button', { name: text('en', 'certificates.verify.check') }).click();
  await expect(page.getByTestId('verification-result')).toHaveAttribute('data-status', 'NOT_FOUND');
  await expectNoAxeViolations(page);

  // The Latvian coordinator revokes the re-issued demo certificate with a reason.
  await page.evaluate(() => window.localStorage.clear());
  await signIn(page, 'coordinator.lv');
  await page
    .getByRole('navigation', { name: text('lv', 'app.mainNavigation') })
    .getByRole('link', { name: text('lv', 'nav.certificates') })
    .click();
  await expect(page).toHaveURL(/\/certificates\/manage$/);
  await page.getByLabel(text('lv', 'certificates.manage.search')).fill('-Ozola');
  const row = page.getByTestId('certificate-row').filter({ has: page.locator('[data-status="VALID"]') });
  await expect(row).toHaveCount(1);
  await expectNoAxeViolations(page);
  await row.getByRole('button', { name: text('lv', 'certificates.manage.revoke.button') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: text('lv', 'certificates.manage.revoke.confirm') }).click();
  await expect(dialog.getByText(text('lv', 'certificates.manage.required'))).toBeVisible();
  await dialog.getByLabel(text('lv', 'certificates.manage.revoke.label')).fill('Izsniegts kļūdas pēc.');
  await dialog.getByRole('button', { name: text('lv', 'certificates.manage.revoke.confirm') }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByTestId('certificate-row').filter({ has: page.locator('[data-status="REVOKED"]') }),
  ).toHaveCount(1);
});
