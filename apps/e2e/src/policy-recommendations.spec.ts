import type { Locale } from '@tandem/shared-domain';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

test('the researcher drafts a policy recommendation and sends it to consultation; without evidence it cannot be published', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const title = `Recognise tandem training hours (${Date.now()})`;
  await signIn(page, 'researcher', '/policy-recommendations');
  const locale = ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
  await expect(page.getByRole('heading', { name: text(locale, 'policy.title'), level: 1 })).toBeVisible({
    timeout: 20_000,
  });
  // The demo's two drafts rest on findings, with their figures and counts.
  await expect(page.getByTestId('recommendation').first()).toBeVisible();
  await expect(page.getByTestId('recommendation-finding').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: text(locale, 'policy.form.title') }).fill(title);
  await page
    .getByRole('textbox', { name: text(locale, 'policy.form.text') })
    .fill('Count the hours company tutors spend in the tandem training as in-service training.');
  await page.getByRole('button', { name: text(locale, 'policy.form.create') }).click();
  const card = page.getByTestId('recommendation').filter({ hasText: title });
  await expect(card.getByTestId('recommendation-status')).toHaveText(text(locale, 'policy.status.DRAFT'));

  await card.getByRole('button', { name: text(locale, 'policy.steps.toConsultation') }).click();
  await expect(card.getByTestId('recommendation-status')).toHaveText(text(locale, 'policy.status.IN_CONSULTATION'));
  await card.getByRole('button', { name: text(locale, 'policy.steps.publish') }).click();
  await expect(card.getByText(text(locale, 'validation.recommendationEvidenceNeeded'))).toBeVisible();
  await expect(card.getByTestId('recommendation-status')).toHaveText(text(locale, 'policy.status.IN_CONSULTATION'));
});
