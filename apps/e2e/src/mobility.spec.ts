import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

const et = 'et'; // coordinator.ee's language
const lv = 'lv'; // coordinator.lv's language
const ASKING = 'Harju Metall OÜ'; // an Estonian company of the demo that has asked for nothing yet
const HOST = 'Daugavas Metālapstrāde SIA'; // the Latvian company's demo offer
const COORDINATOR = 'Mart Saar'; // coordinator.ee

const nav = (page: Page, locale: 'et' | 'lv') =>
  page.getByRole('navigation', { name: text(locale, 'app.mainNavigation') });

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

test('the Estonian coordinator records a group placement in Finland with its learning agreement, whose versions stay downloadable', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'coordinator.ee');
  await nav(page, et)
    .getByRole('link', { name: text(et, 'nav.mobilities') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: text(et, 'toolbox.mobilities.title') })).toBeVisible();
  await expect(page.getByTestId('mobility-row').first()).toBeVisible();
  // The filters live in the address.
  await page.getByLabel(text(et, 'toolbox.mobilities.hostCountry')).selectOption('FI');
  await expect(page).toHaveURL(/[?&]country=FI/);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: text(et, 'toolbox.mobilities.record') }).click();
  const form = page.getByRole('form', { name: text(et, 'toolbox.mobilities.record') });
  await form.getByLabel(text(et, 'toolbox.mobilities.from')).selectOption({ label: ASKING });
  await form.getByLabel(text(et, 'toolbox.mobilities.kind')).selectOption('LEARNER_PLACEMENT');
  await form.getByLabel(text(et, 'toolbox.mobilities.whoGroup')).check();
  await form.getByLabel(text(et, 'toolbox.mobilities.learnerCount')).fill('5');
  await form.getByLabel(text(et, 'toolbox.mobilities.hostOrganisation')).fill('Tampereen Konepaja Oy');
  await form.getByLabel(text(et, 'toolbox.mobilities.hostCountry')).selectOption('FI');
  await form.getByLabel(text(et, 'toolbox.mobilities.startsOn')).fill('2027-04-12');
  await form.getByLabel(text(et, 'toolbox.mobilities.endsOn')).fill('2027-04-05');
  await form.getByLabel(text(et, 'toolbox.mobilities.learningOutcomes')).fill('Keevitus: ECVET üksused 3 ja 4');
  await form.getByRole('button', { name: text(et, 'toolbox.mobilities.record') }).click();
  // The server's rule, in Estonian, under the field.
  await expect(form.getByText(text(et, 'validation.notBeforeStart'))).toBeVisible();
  await expectNoAxeViolations(page);
  await form.getByLabel(text(et, 'toolbox.mobilities.endsOn')).fill('2027-05-21');
  await form.getByRole('button', { name: text(et, 'toolbox.mobilities.record') }).click();

  await expect(page).toHaveURL(/\/mobilities\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tampereen Konepaja Oy');
  await expect(page.getByText(text(et, 'toolbox.mobilities.noAgreement'))).toBeVisible();

  const upload = page.getByRole('form', { name: text(et, 'toolbox.mobilities.uploadAgreement') });
  await upload.locator('input[type="file"]').setInputFiles({
    name: 'opingukokkulepe.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await upload.getByRole('button', { name: text(et, 'toolbox.mobilities.uploadAgreement') }).click();
  await expect(page.getByText(text(et, 'toolbox.mobilities.agreementUploaded'))).toBeVisible();
  await upload.locator('input[type="file"]').setInputFiles({
    name: 'opingukokkulepe-allkirjastatud.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Allkirjastatud mõlema organisatsiooni poolt.\n', 'utf8'),
  });
  await upload.getByRole('button', { name: text(et, 'toolbox.mobilities.uploadAgreement') }).click();
  await expect(page.getByTestId('agreement-version')).toHaveCount(2);
  await expect(page.getByTestId('agreement-version').first()).toContainText(
    text(et, 'toolbox.mobilities.versionNumber', { version: '2' }),
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: text(et, 'toolbox.mobilities.download', { name: 'opingukokkulepe.pdf' }) }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('opingukokkulepe.pdf');
  // The history: recorded, then each version uploaded, by the coordinator.
  const history = page.getByTestId('mobility-history');
  await expect(history.getByRole('row')).toHaveCount(4);
  await expect(history.getByRole('row').nth(3)).toContainText(text(et, 'audit.operations.recordMobility'));
  await expect(history.getByRole('row').nth(1)).toContainText(COORDINATOR);
  await expectNoAxeViolations(page);
});

test('an Estonian company asks for a place of a Latvian host offer, the Latvian coordinator accepts, and the mobility is recorded from it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'coordinator.ee');
  await nav(page, et)
    .getByRole('link', { name: text(et, 'nav.hostOffers') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: text(et, 'toolbox.hostOffers.title') })).toBeVisible();
  const offer = page.getByTestId('host-offer').filter({ has: page.getByRole('heading', { name: new RegExp(HOST) }) });
  await offer.getByRole('button', { name: text(et, 'toolbox.hostOffers.ask') }).click();
  const ask = offer.getByRole('form', { name: text(et, 'toolbox.hostOffers.askTitle') });
  await ask.getByLabel(text(et, 'toolbox.hostOffers.askFor')).selectOption({ label: ASKING });
  await ask
    .getByLabel(text(et, 'toolbox.hostOffers.message'))
    .fill('Üks meie ettevõtte juhendaja tahaks nädala teie juures õppida.');
  await ask.getByRole('button', { name: text(et, 'toolbox.hostOffers.send') }).click();
  await expect(offer.getByText(text(et, 'toolbox.hostOffers.sent'))).toBeVisible();
  const mine = offer.getByTestId('my-request').filter({ hasText: ASKING });
  await expect(mine).toContainText(text(et, 'toolbox.hostOffers.statuses.REQUESTED'));
  await expectNoAxeViolations(page);

  // The offering side: the Latvian coordinator, in her own browser.
  const host = await (
    await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'en-GB', timezoneId: 'Europe/Riga' })
  ).newPage();
  await signIn(host, 'coordinator.lv');
  await nav(host, lv)
    .getByRole('link', { name: text(lv, 'nav.hostOffers') })
    .click();
  const requests = host.getByRole('region', { name: text(lv, 'toolbox.hostOffers.requestsTitle') });
  const request = requests.getByTestId('offer-request').filter({ hasText: ASKING });
  await expect(request).toContainText(text(lv, 'toolbox.hostOffers.statuses.REQUESTED'));
  await request
    .getByRole('button', { name: text(lv, 'toolbox.hostOffers.acceptOf', { organisation: ASKING }) })
    .click();
  await expect(request).toContainText(text(lv, 'toolbox.hostOffers.statuses.ACCEPTED'));
  await expectNoAxeViolations(host);
  await host.context().close();

  // Back at the asking side: the accepted request becomes a mobility, prefilled.
  await page.reload();
  await expect(mine).toContainText(text(et, 'toolbox.hostOffers.statuses.ACCEPTED'));
  await mine.getByRole('link', { name: text(et, 'toolbox.hostOffers.recordMobility') }).click();
  await expect(page.getByTestId('from-request')).toContainText(ASKING);
  const form = page.getByRole('form', { name: text(et, 'toolbox.mobilities.record') });
  await expect(form.getByLabel(text(et, 'toolbox.mobilities.hostOrganisation'))).toHaveValue(HOST);
  await form.getByLabel(text(et, 'toolbox.mobilities.person'), { exact: true }).selectOption({ index: 1 });
  await form.getByRole('button', { name: text(et, 'toolbox.mobilities.record') }).click();
  await expect(page).toHaveURL(/\/mobilities\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(HOST);
});
