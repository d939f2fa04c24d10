import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

async function localeOf(page: Page): Promise<Locale> {
  return ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
}

test('at the end of a session its trainer shows the feedback QR code; scanning it sends a tutor who is not signed in to the sign-in page, on to the survey', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'trainer.ee');
  const locale = await localeOf(page);
  // A session of the trainer whose feedback is open (the demo keeps the latest ones open).
  const response = await page.request.post('/graphql', {
    data: { query: '{ surveys { id status sessionId } }' },
  });
  const { data } = (await response.json()) as {
    data: { surveys: { id: string; status: string; sessionId: string | null }[] };
  };
  const open = data.surveys.find((s) => s.status === 'OPEN' && s.sessionId);
  expect(open).toBeDefined();
  await page.goto(`/sessions/${open!.sessionId}`);

  await page.getByRole('button', { name: text(locale, 'surveys.qr.show') }).click();
  const dialog = page.getByRole('dialog', { name: text(locale, 'surveys.qr.title') });
  await expect(dialog).toBeVisible();
  const qr = dialog.getByTestId('feedback-qr');
  await expect(qr).toBeVisible();
  const target = (await qr.getAttribute('data-target')) ?? '';
  expect(target).toMatch(new RegExp(`/my-surveys/${open!.id}$`));
  await expectNoAxeViolations(page);
  await dialog
    .getByRole('button', { name: text(locale, 'surveys.qr.close') })
    .first()
    .click();
  await expect(dialog).toBeHidden();

  // A phone that is not signed in: the code leads to the sign-in page, which goes on to the survey.
  const phone = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await phone.goto(new URL(target).pathname);
  await expect(phone).toHaveURL(/\/sign-in\?next=%2Fmy-surveys%2F/);
  await phone.context().close();
});
