import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

test('a school tutor sees their tandem partner, with an e-mail link, and the tasks of the current phase, in Estonian', async ({
  page,
}) => {
  await signIn(page, 'tutor.school.ee');
  const nav = page.getByRole('navigation', { name: text('et', 'app.mainNavigation') });
  await expect(nav.getByRole('link', { name: text('et', 'nav.tandems'), exact: true })).toHaveCount(0);
  await nav.getByRole('link', { name: text('et', 'nav.myTandem') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('et', 'tandems.my.title') })).toBeVisible();

  const tandem = page.getByTestId('my-tandem');
  await expect(tandem.getByText(text('et', 'tandems.statuses.ACTIVE'), { exact: true })).toBeVisible();
  const partner = page.getByTestId('tandem-company-tutor');
  await expect(partner.getByRole('heading', { name: 'Andres Kuusk' })).toBeVisible();
  await expect(partner.getByRole('link', { name: 'Harju Metall OÜ' })).toBeVisible();
  await expect(partner.getByRole('link', { name: 'tutor.company.ee@tandem.example' })).toHaveAttribute(
    'href',
    'mailto:tutor.company.ee@tandem.example',
  );
  await expect(page.getByTestId('tandem-school-tutor').getByRole('heading', { name: /Kadri Tamm/ })).toBeVisible();
  await expect(page.getByTestId('tandem-tasks')).toContainText(text('et', 'nextSteps.BOOK_NATIONAL_TRAINING'));
  await expectNoAxeViolations(page);

  // Dissolving asks for a reason; the tutor thinks better of it (the tandem stays for the other journeys).
  await tandem.getByRole('button', { name: text('et', 'tandems.dissolve.button') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: text('et', 'tandems.dissolve.confirm') }).click();
  await expect(dialog.getByLabel(text('et', 'tandems.dissolve.reason'))).toBeFocused();
  await expect(dialog).toContainText(text('et', 'tandems.dissolve.reasonRequired'));
  await dialog.getByRole('button', { name: text('et', 'common.cancel') }).click();
  await expect(dialog).toBeHidden();
  await expect(tandem.getByText(text('et', 'tandems.statuses.ACTIVE'), { exact: true })).toBeVisible();
});

test('a coordinator forms a tandem from a suggested pair of unpaired tutors and finds it in the list, in Latvian', async ({
  page,
}) => {
  await signIn(page, 'coordinator.lv');
  const nav = page.getByRole('navigation', { name: text('lv', 'app.mainNavigation') });
  await nav.getByRole('link', { name: text('lv', 'nav.tandems') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('lv', 'tandems.list.title') })).toBeVisible();

  const unpaired = page.getByTestId('unpaired-tutors');
  await expect(unpaired.getByRole('heading', { name: text('lv', 'tandems.unpaired.title') })).toBeVisible();
  await expect(unpaired.getByTestId('unpaired-tutor').first()).toBeVisible();
  const count = page.getByTestId('tandem-count');
  await expect(count).toBeVisible();
  const before = Number((await count.textContent())?.match(/\d+/)?.[0]);
  await expectNoAxeViolations(page);

  const form = unpaired.getByTestId('form-tandem').first();
  const school = (await form.getAttribute('data-school')) as string;
  const company = (await form.getAttribute('data-company')) as string;
  await expect(form).toHaveAccessibleName(text('lv', 'tandems.unpaired.formLabel', { school, company }));
  await form.click();

  await expect(page.getByTestId('tandem-formed')).toHaveText(
    text('lv', 'tandems.unpaired.formed', { school, company }),
  );
  await expect(count).toContainText(String(before + 1));
  const newest = page.getByTestId('tandem-row').first();
  await expect(newest).toContainText(school);
  await expect(newest).toContainText(company);
  await expect(newest.getByText(text('lv', 'tandems.statuses.ACTIVE'), { exact: true })).toBeVisible();
  // Paired now: neither is offered again.
  await expect(
    unpaired.getByTestId('unpaired-tutor').filter({ has: page.getByRole('heading', { name: school, exact: true }) }),
  ).toHaveCount(0);
  await expect(unpaired.getByTestId('form-tandem').and(page.locator(`[data-school="${school}"]`))).toHaveCount(0);
});

test('a Lithuanian tutor without a tandem finds a company tutor, invites them, and the partner accepts', async ({
  page,
  request,
  browser,
}) => {
  // Who is unpaired in Lithuania today, with e-mails: asked of the API as the coordinator would see it.
  const login = await request.post('/graphql', {
    data: {
      query: 'mutation L($input: LoginInput!) { login(input: $input) { id } }',
      variables: { input: { email: 'coordinator.lt@tandem.example', password: 'tandem-demo-2026' } },
    },
    headers: { 'content-type': 'application/json' },
  });
  expect(login.ok()).toBe(true);
  const res = await request.post('/graphql', {
    data: { query: 'query { unpairedTutors(countryCode: "LT") { tutor { email displayName side } } }' },
    headers: { 'content-type': 'application/json' },
  });
  const unpaired = (
    (await res.json()) as {
      data: { unpairedTutors: { tutor: { email: string; displayName: string; side: string } }[] };
    }
  ).data.unpairedTutors;
  const seeker = unpaired.find((u) => u.tutor.side === 'SCHOOL')?.tutor;
  expect(seeker).toBeDefined();
  const emailOf = new Map(unpaired.map((u) => [u.tutor.displayName, u.tutor.email]));

  await signIn(page, (seeker as { email: string }).email.replace('@tandem.example', ''), '/tandem');
  const find = page.getByTestId('find-partner');
  await expect(find.getByRole('heading', { name: text('lt', 'tandems.find.title') })).toBeVisible();
  const first = find.getByTestId('partner-candidate').first();
  await expect(first).toBeVisible();
  await expectNoAxeViolations(page);

  // Typing narrows the list to the chosen person; the card's button names them.
  const partnerName = (await first.getByRole('heading').textContent()) ?? '';
  await find.getByLabel(text('lt', 'tandems.find.search')).fill(partnerName);
  await expect(find.getByTestId('partner-candidate')).toHaveCount(1);
  await find.getByRole('button', { name: text('lt', 'tandems.find.inviteNamed', { name: partnerName }) }).click();
  const dialog = page.getByRole('dialog', { name: text('lt', 'tandems.find.confirmTitle') });
  await dialog.getByRole('button', { name: text('lt', 'tandems.find.send') }).click();
  await expect(page.getByText(text('lt', 'tandems.my.waitingTitle', { name: partnerName }))).toBeVisible();
  await expect(page.getByTestId('find-partner')).toHaveCount(0);

  // The invited company tutor accepts on their own tandem page.
  const partnerEmail = emailOf.get(partnerName);
  expect(partnerEmail).toBeDefined();
  // A browser of their own (the sign-in page there starts in English, as for any new visitor).
  const context = await browser.newContext();
  const partner = await context.newPage();
  await signIn(partner, (partnerEmail as string).replace('@tandem.example', ''), '/tandem');
  const invitation = partner.getByTestId('tandem-invitation');
  await expect(invitation).toBeVisible();
  await invitation.getByRole('button', { name: text('lt', 'tandems.my.accept') }).click();
  await expect(partner.getByTestId('tandem-done')).toHaveText(text('lt', 'tandems.my.accepted'));
  await expect(
    partner.getByTestId('my-tandem').getByText(text('lt', 'tandems.statuses.ACTIVE'), { exact: true }),
  ).toBeVisible();
  await context.close();
});
