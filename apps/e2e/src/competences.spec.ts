import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

async function localeOf(page: Page): Promise<Locale> {
  return ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
}

async function openFromNav(page: Page, locale: Locale, key: string): Promise<void> {
  await page
    .getByRole('navigation', { name: text(locale, 'app.mainNavigation') })
    .getByRole('link', { name: text(locale, key) })
    .click();
}

test('the Estonian school tutor finishes the AFTER_MODULE 1 self-assessment (saved as they go), submits it, and sees progress and the comparison with the partner', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'tutor.school.ee');
  const locale = await localeOf(page);
  await openFromNav(page, locale, 'nav.selfAssessments');
  await expect(page).toHaveURL(/\/self-assessments$/);
  await expect(page.getByTestId('self-assessment-rounds')).toBeVisible();
  await expectNoAxeViolations(page);

  const round = text(locale, 'selfAssessment.round.AFTER_MODULE', { number: '1' });
  await page.getByRole('link', { name: text(locale, 'selfAssessment.continueNamed', { round }) }).click();
  await expect(page.getByRole('heading', { name: round, level: 1 })).toBeVisible();
  const items = page.getByTestId('competence-item');
  await expect(items).toHaveCount(24);
  await expectNoAxeViolations(page);

  // A jump to the last area puts the focus on its heading; progress and Submit stay in view at the bottom.
  const areaLinks = page.getByTestId('area-nav').getByRole('link');
  await expect(areaLinks).toHaveCount(6);
  await areaLinks.last().click();
  await expect(page.locator('h2[id^="area-"]').last()).toBeFocused();
  await items.nth(12).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('save-status-bar')).toBeInViewport();

  // Every save state shown from here on, to check that "offline" appears only while the network is down.
  await page.getByTestId('save-state').evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { saveStates: string[] }).saveStates = seen;
    new MutationObserver(() => seen.push(el.getAttribute('data-state') ?? '')).observe(el, { attributes: true });
  });

  // Rate what the demo draft left open, with the keyboard-usable radios; the draft saves itself.
  for (let i = 0; i < 24; i++) {
    const item = items.nth(i);
    const radios = item.getByRole('radio');
    if (
      (await radios.nth(0).isChecked()) ||
      (await radios.nth(1).isChecked()) ||
      (await radios.nth(2).isChecked()) ||
      (await radios.nth(3).isChecked())
    )
      continue;
    await radios.nth(i % 2 === 0 ? 2 : 1).check();
  }
  await items.first().getByRole('textbox').fill('We planned the first month together with my partner.');
  const saveState = page.getByTestId('save-state');
  await expect(saveState).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  const seen = await page.evaluate(() => (window as unknown as { saveStates: string[] }).saveStates);
  expect(seen).toContain('saved');
  expect(seen.filter((s) => s === 'offline' || s === 'unsaved')).toEqual([]);

  // With the network down the change waits on the device ("offline"); once it is back it is saved.
  await page.context().setOffline(true);
  await items.first().getByRole('textbox').fill('We planned the first month together, also offline.');
  await expect(saveState).toHaveAttribute('data-state', 'offline');
  await page.context().setOffline(false);
  await expect(saveState).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  await expect(page.getByTestId('rated-count')).toHaveText(
    text(locale, 'selfAssessment.form.rated', { rated: '24', total: '24' }),
  );

  // A reload keeps everything: it was saved on the server.
  await page.reload();
  await expect(items.first().getByRole('textbox')).toHaveValue('We planned the first month together, also offline.');

  await page.getByRole('button', { name: text(locale, 'selfAssessment.form.submit') }).click();
  await expect(page.getByText(text(locale, 'selfAssessment.form.submitConfirm'))).toBeVisible();
  await page.getByRole('button', { name: text(locale, 'selfAssessment.form.submit') }).click();
  await expect(page.getByTestId('submitted-notice')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);

  await page.getByRole('link', { name: text(locale, 'selfAssessment.form.back') }).click();
  await expect(page.getByTestId('self-assessment-rounds')).toBeVisible();
  // My progress: the radar chart also as a table (two submitted rounds, six areas).
  await page
    .locator('label', { hasText: text(locale, 'selfAssessment.progress.table') })
    .first()
    .click();
  await expect(page.getByTestId('progress-table').locator('tbody tr')).toHaveCount(6);
  await expect(page.getByTestId('changes-table').locator('tbody tr')).toHaveCount(24);
  // Both partners shared the baseline... and now the latest round both submitted is shown.
  await expect(page.getByTestId('comparison-row').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the Estonian trainer reads k-anonymous aggregates of their country only; the profile is readable by everyone', async ({
  page,
}) => {
  await signIn(page, 'trainer.ee');
  const locale = await localeOf(page);
  await openFromNav(page, locale, 'nav.competenceInsights');
  await expect(page).toHaveURL(/\/competences\/insights$/);
  const cells = page.getByTestId('insight-cell');
  await expect(cells.first()).toBeVisible();
  for (const group of await cells.evaluateAll((els) => els.map((e) => e.getAttribute('data-group'))))
    expect(group).toMatch(/^EE\|/);
  await expectNoAxeViolations(page);

  await openFromNav(page, locale, 'nav.competences');
  await expect(page.getByTestId('competence-area')).toHaveCount(6);
  await page.getByRole('button', { name: /SAFE\.1/ }).click();
  await expect(page.getByText('Tööohutus').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('ADMIN starts a new version of the profile as a copy, edits a translation and saves the draft; the researcher finds the exports', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'admin');
  let locale = await localeOf(page);
  await openFromNav(page, locale, 'nav.competenceProfileEditor');
  await expect(page).toHaveURL(/\/admin\/competence-profile$/);
  await expect(page.getByTestId('profile-versions').locator('tbody tr')).toHaveCount(1);
  // The demo edition's five rounds, BASELINE to FINAL, with their windows.
  await expect(page.getByTestId('admin-rounds').locator('tbody tr')).toHaveCount(5);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: text(locale, 'competences.editor.newVersion') }).click();
  const editor = page.getByTestId('draft-editor');
  await expect(editor.getByTestId('editor-competence')).toHaveCount(24);
  await page.getByLabel(text(locale, 'competences.editor.language')).first().click();
  await page.getByRole('option', { name: 'LV' }).click();
  const title = page.getByLabel(text(locale, 'competences.editor.field.title', { code: 'SAFE.1', language: 'LV' }));
  await expect(title).toHaveValue('Darba drošība');
  await title.fill('Darba drošība un veselība');
  await page.getByRole('button', { name: text(locale, 'competences.editor.save') }).click();
  await expect(page.getByTestId('editor-done')).toHaveText(text(locale, 'competences.editor.saved'));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: text(locale, 'app.signOut') }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.evaluate(() => window.localStorage.clear());

  await signIn(page, 'researcher');
  locale = await localeOf(page);
  await openFromNav(page, locale, 'nav.competenceInsights');
  await expect(page.getByRole('link', { name: text(locale, 'insights.researchExport') })).toHaveAttribute(
    'href',
    '/api/competences/research-ratings.csv',
  );
  await expect(page.getByRole('link', { name: text(locale, 'insights.codebook') })).toBeVisible();
  await expect(page.getByTestId('insight-cell').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
