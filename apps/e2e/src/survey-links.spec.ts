import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

/** The demo needs analysis's title in each language (apps/api/src/database/demo/demo-surveys.ts). */
const NEEDS_TITLE: Record<Locale, string> = {
  en: 'Needs analysis: cooperation of vocational schools and companies',
  et: 'Vajaduste analüüs: kutsekoolide ja ettevõtete koostöö',
  lv: 'Vajadzību analīze: profesionālo skolu un uzņēmumu sadarbība',
  lt: 'Poreikių analizė: profesinių mokyklų ir įmonių bendradarbiavimas',
  ru: 'Анализ потребностей: сотрудничество профессиональных школ и предприятий',
};

async function localeOf(page: Page): Promise<Locale> {
  return ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
}

/** A browser of its own, remembering nothing (a stakeholder's phone, the administrator's desk). */
async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
}

test('a coordinator e-mails two stakeholders one-time links; one answers without signing in, and the link refuses a second use', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const emails = [`employer.${stamp}@example.org`, `manager.${stamp}@example.org`];

  await signIn(page, 'coordinator.ee', '/surveys');
  const locale = await localeOf(page);
  await test.step('send the links of a pasted list', async () => {
    await page
      .getByTestId('survey-row')
      .filter({ hasText: NEEDS_TITLE[locale] })
      .getByRole('link', { name: text(locale, 'surveys.openResultsOf', { title: NEEDS_TITLE[locale] }) })
      .click();
    await expect(page.getByRole('heading', { name: text(locale, 'surveys.links.title') })).toBeVisible();
    // A malformed address refuses the whole list, naming its row; nothing is sent.
    await page.getByTestId('stakeholder-emails').fill(`${emails[0]}\nnot-an-address`);
    await page.getByRole('button', { name: text(locale, 'surveys.links.send') }).click();
    await expect(page.getByTestId('stakeholder-errors')).toContainText('not-an-address');
    await page.getByTestId('stakeholder-emails').fill(emails.join('\n'));
    await page.getByRole('button', { name: text(locale, 'surveys.links.send') }).click();
    await expect(
      page.getByRole('status').filter({ hasText: text(locale, 'surveys.links.sent', { count: '2' }) }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  let link = '';
  await test.step('the administrator finds the link mailed to the first stakeholder in the outbox', async () => {
    const admin = await freshPage(browser);
    await signIn(admin, 'admin', '/admin/outbox');
    const message = admin.getByTestId('outbox-message').filter({ hasText: emails[0] }).first();
    // The demo's certificate mails may be written after the links (a job at start): page on until it shows.
    const items = admin.getByTestId('outbox-message');
    await expect(items.first()).toBeVisible();
    for (let i = 0; i < 40 && !(await message.isVisible()); i++) {
      const more = admin.getByRole('button', { name: text('en', 'outbox.showMore') });
      if (!(await more.isVisible())) break;
      const shown = await items.count();
      await more.click();
      await expect(items).not.toHaveCount(shown);
    }
    await expect(message).toBeVisible();
    await message.locator('summary').click();
    const href = (await message.getByRole('link', { name: /\/survey-link\// }).getAttribute('href')) ?? '';
    link = new URL(href, 'http://localhost').pathname;
    expect(link).toMatch(/^\/survey-link\/[\w-]{43}$/);
    await admin.context().close();
  });

  await test.step('the stakeholder answers without signing in', async () => {
    const stakeholder = await freshPage(browser);
    await stakeholder.goto(link);
    await expect(stakeholder.getByRole('heading', { level: 1, name: NEEDS_TITLE[locale] })).toBeVisible();
    // The survey comes in the language of the invitation (the coordinator's).
    await expect.poll(() => localeOf(stakeholder)).toBe(locale);
    await expect(stakeholder.getByTestId('survey-mode')).toContainText(text(locale, 'surveys.mode.ANONYMOUS.title'));
    await expectNoAxeViolations(stakeholder);
    await stakeholder
      .getByTestId('question-N1')
      .getByRole('radio', { name: text(locale, 'surveys.likert.4'), exact: true })
      .check();
    await stakeholder
      .getByTestId('question-N2')
      .getByRole('radio', { name: text(locale, 'surveys.likert.2'), exact: true })
      .check();
    await stakeholder.getByTestId('question-N3').fill('Kuidas anda tagasisidet õppijale');
    await stakeholder.getByRole('button', { name: text(locale, 'surveys.submit') }).click();
    await expect(stakeholder.getByTestId('survey-thanks')).toBeVisible();

    // The link has been used: opened again, it says only that it is not valid any more.
    await stakeholder.goto(link);
    await expect(stakeholder.getByTestId('survey-link-invalid')).toHaveText(text(locale, 'surveys.links.invalidText'));
    await stakeholder.context().close();
  });

  await test.step('the coordinator sees how many answered, not who', async () => {
    await page.reload();
    const counts = page.getByRole('table', { name: text(locale, 'surveys.links.counts') });
    await expect(counts).toBeVisible({ timeout: 20_000 });
    await expect(counts).not.toContainText(emails[0]);
  });
});
