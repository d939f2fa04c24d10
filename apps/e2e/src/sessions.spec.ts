import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_PASSWORD, signIn } from './support/session';
import { text } from './support/texts';

async function localeOf(page: Page): Promise<Locale> {
  return ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
}

async function openFromNav(page: Page, locale: Locale, key: string): Promise<void> {
  await page
    .getByRole('navigation', { name: text(locale, 'app.mainNavigation') })
    .getByRole('link', { name: text(locale, key), exact: true })
    .click();
}

/** When a session starts and ends, asked of the API as the signed-in person. */
async function timesOf(page: Page, sessionId: string): Promise<{ startsAt: number; endsAt: number }> {
  const res = await page.request.post('/graphql', {
    data: { query: 'query T($id: ID!) { trainingSession(id: $id) { startsAt endsAt } }', variables: { id: sessionId } },
    headers: { 'content-type': 'application/json' },
  });
  const { startsAt, endsAt } = (
    (await res.json()) as { data: { trainingSession: { startsAt: string; endsAt: string } } }
  ).data.trainingSession;
  return { startsAt: Date.parse(startsAt), endsAt: Date.parse(endsAt) };
}

const sessionIdOf = (page: Page) => page.url().split('/').pop() ?? '';

/** A local date-time `days` from now for a datetime-local field. */
const localIn = (days: number, hhmm: string) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${hhmm}`;

test('a tutor books joint module 2 for the tandem and gets its calendar file', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'tutor.school.ee');
  const locale = await localeOf(page);
  await openFromNav(page, locale, 'nav.sessions');
  await expect(page).toHaveURL(/\/sessions$/);
  const open = page.getByTestId('open-sessions');
  const jm2 = open.locator('[data-testid="session-row"][data-module="JM2"]').first();
  await expect(jm2).toBeVisible();
  await expectNoAxeViolations(page);
  await jm2
    .getByRole('button', {
      name: text(locale, 'enrolments.bookNamed', { module: 'JM2' }),
    })
    .click();
  await expect(page.getByTestId('booking-result').first()).toHaveAttribute('data-status', 'CONFIRMED');
  // National module 1, attended by the tandem in the demo's past, is not booked again (ALREADY_ATTENDED).
  await open
    .locator('[data-testid="session-row"][data-module="EE-N1"]')
    .first()
    .getByRole('button', { name: text(locale, 'enrolments.bookNamed', { module: 'EE-N1' }) })
    .click();
  await expect(page.getByRole('alert').getByText(text(locale, 'errors.code.ALREADY_ATTENDED'))).toBeVisible();
  const mine = page.locator('[data-testid="enrolment-row"][data-module="JM2"]');
  await expect(mine.getByTestId('enrolment-status')).toHaveAttribute('data-status', 'CONFIRMED');
  // The calendar file of the enrolment, in the tutor's language.
  const href = await mine
    .getByRole('link', {
      name: text(locale, 'calendar.downloadNamed', { module: 'JM2' }),
    })
    .getAttribute('href');
  const ics = await page.request.get(href ?? '');
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain('BEGIN:VEVENT');
  await expectNoAxeViolations(page);

  // A module attended long ago reads what it came to, on the list and on its page: no calendar file, no Cancel.
  const attended = page.locator('[data-testid="enrolment-row"][data-module="EE-N1"]');
  await expect(attended.getByTestId('enrolment-attendance')).toHaveAttribute('data-status', /PRESENT|ABSENT|EXCUSED/);
  await attended.getByRole('link', { name: 'EE-N1', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('EE-N1');
  await expect(page.getByTestId('enrolment-attendance')).toBeVisible();
  await expect(page.getByRole('link', { name: text(locale, 'calendar.download') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: text(locale, 'enrolments.cancel') })).toHaveCount(0);

  // On the day of the JM2 session just booked (the browser's clock moved to its start): "Today" comes
  // first, with where it is and how to check in.
  await page.goBack();
  await mine.getByRole('link', { name: 'JM2', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('JM2');
  const jm2Times = await timesOf(page, sessionIdOf(page));
  await page.clock.setFixedTime(jm2Times.startsAt - 15 * 60_000);
  await page.reload();
  const today = page.getByTestId('session-today');
  await expect(today).toBeVisible();
  await expect(today.getByText(text(locale, 'sessions.today.checkInHint'))).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a trainer sees the agenda with seats left, marks attendance on a roster and schedules a session', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'trainer.ee');
  const locale = await localeOf(page);
  await openFromNav(page, locale, 'nav.agenda');
  await expect(page).toHaveURL(/\/agenda$/);
  const agenda = page.getByTestId('agenda');
  // This week's EE-N3 session is full, with a waitlist.
  const full = agenda.locator('[data-testid="session-row"][data-module="EE-N3"]').first();
  await expect(full.getByTestId('seats-left')).toContainText('0');
  await expectNoAxeViolations(page);

  // The trainer's day (the browser's clock an hour into this week's EE-N3): the session reads "In
  // progress", the roster comes before the (closed) edit form, "mark all present" marks everyone, one exception.
  await full.getByRole('link', { name: text(locale, 'sessions.openRosterNamed', { module: 'EE-N3' }) }).click();
  await expect(page.getByTestId('roster')).toBeVisible();
  const n3 = await timesOf(page, sessionIdOf(page));
  await page.clock.setFixedTime(n3.startsAt + 3_600_000);
  await page.reload();
  await expect(page.getByText(text(locale, 'sessions.status.IN_PROGRESS'), { exact: true })).toBeVisible();
  const rosterBox = await page.getByTestId('roster').boundingBox();
  const editBox = await page.getByRole('button', { name: text(locale, 'sessions.edit.title') }).boundingBox();
  expect(rosterBox && editBox && rosterBox.y < editBox.y).toBe(true);
  const choices = page.getByTestId('roster-person').getByRole('combobox');
  await page.getByTestId('mark-all-present').click();
  expect(new Set(await choices.evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value)))).toEqual(
    new Set(['PRESENT']),
  );
  await choices.last().selectOption('ABSENT');
  await expect(choices.last()).toHaveValue('ABSENT');
  await expect(choices.first()).toHaveValue('PRESENT');
  await expect(page.getByTestId('mark-all-present')).toBeDisabled();
  await expectNoAxeViolations(page);
  // Back to today's clock and the agenda.
  await page.clock.setFixedTime(Date.now());
  await page.goBack();
  await expect(agenda).toBeVisible();

  // A past session: its roster with attendance, corrected by the trainer.
  await page.getByLabel(text(locale, 'sessions.filters.upcomingOnly')).uncheck();
  const past = agenda.locator('[data-testid="session-row"][data-module="EE-N2"][data-status="COMPLETED"]').first();
  await past
    .getByRole('link', {
      name: text(locale, 'sessions.openRosterNamed', { module: 'EE-N2' }),
    })
    .click();
  await expect(page.getByTestId('roster')).toBeVisible();
  const person = page.getByTestId('roster-person').first();
  const name = (await person.getAttribute('data-name')) ?? '';
  await person.getByLabel(text(locale, 'attendance.ofPerson', { name })).selectOption('EXCUSED');
  await page.getByRole('button', { name: text(locale, 'attendance.save') }).click();
  await expect(page.getByText(text(locale, 'attendance.saved'))).toBeVisible();
  await expectNoAxeViolations(page);
  // The printable sign-in sheet of the roster, in the trainer's language.
  const sheet = await page.request.get((await page.getByTestId('sign-in-sheet').getAttribute('href')) ?? '');
  expect(sheet.status()).toBe(200);
  expect(sheet.headers()['content-type']).toBe('application/pdf');
  expect((await sheet.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Schedule a national session; the new session's page opens.
  await page.goto('/sessions/new');
  const moduleSelect = page.getByLabel(text(locale, 'sessions.fields.module'));
  await moduleSelect.selectOption(
    (await moduleSelect.locator('option', { hasText: 'EE-N1' }).getAttribute('value')) ?? '',
  );
  await page.getByLabel(text(locale, 'sessions.schedule.startsAtN', { n: '1' })).fill(localIn(45, '10:00'));
  await page.getByLabel(text(locale, 'sessions.schedule.endsAtN', { n: '1' })).fill(localIn(45, '14:00'));
  await page.getByLabel(text(locale, 'sessions.fields.venue')).fill('Tartu Kutsehariduskeskus, Kopli 1, Tartu');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: text(locale, 'sessions.schedule.submit') }).click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('EE-N1');
  await expect(page.getByTestId('session-starts')).toContainText('10:00');
});

test('a coordinator enrols a tandem of the country on its behalf', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'coordinator.lv');
  const locale = await localeOf(page);
  await openFromNav(page, locale, 'nav.agenda');
  const row = page
    .getByTestId('agenda')
    .locator('[data-testid="session-row"][data-module="LV-N1"][data-status="SCHEDULED"]')
    .first();
  await row
    .getByRole('link', {
      name: text(locale, 'sessions.openRosterNamed', { module: 'LV-N1' }),
    })
    .click();
  const tandem = page.getByLabel(text(locale, 'enrolments.onBehalf.tandem'));
  await tandem.selectOption({ index: 1 });
  await page.getByRole('button', { name: text(locale, 'enrolments.onBehalf.submit') }).click();
  await expect(page.getByTestId('booking-result').first()).toHaveAttribute('data-status', 'CONFIRMED');
  await expectNoAxeViolations(page);
});

test('a coordinator moves a tandem to a later session of the same module', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'coordinator.lv');
  const locale = await localeOf(page);
  await openFromNav(page, locale, 'nav.agenda');
  // The demo's LV-N2 runs this week and again in three months.
  const row = page
    .getByTestId('agenda')
    .locator('[data-testid="session-row"][data-module="LV-N2"][data-status="SCHEDULED"]')
    .first();
  await row.getByRole('link', { name: text(locale, 'sessions.openRosterNamed', { module: 'LV-N2' }) }).click();
  const panel = page.getByRole('region', { name: text(locale, 'enrolments.move.title') });
  await expect(panel).toBeVisible();
  await panel.getByLabel(text(locale, 'enrolments.move.tandem')).selectOption({ index: 1 });
  await panel.getByLabel(text(locale, 'enrolments.move.to')).selectOption({ index: 1 });
  await panel.getByRole('button', { name: text(locale, 'enrolments.move.submit') }).click();
  await expect(panel.getByTestId('booking-result').first()).toHaveAttribute('data-status', /CONFIRMED|WAITLISTED/);
  await expectNoAxeViolations(page);

  // Both partners are mailed of the move (the outbox, newest first, read as the administrator).
  const gql = async (query: string, variables: Record<string, unknown> = {}) =>
    (
      await page.request.post('/graphql', {
        data: { query, variables },
        headers: { 'content-type': 'application/json' },
      })
    ).json();
  await gql('mutation L($input: LoginInput!) { login(input: $input) { id } }', {
    input: { email: 'admin@tandem.example', password: DEMO_PASSWORD },
  });
  const kinds: string[] = [];
  let after: string | null = null;
  for (let pageNo = 0; pageNo < 10 && kinds.filter((k) => k === 'TANDEM_MOVED').length < 2; pageNo++) {
    const res = (await gql(
      'query O($after: String) { outboxMessages(first: 100, after: $after) { edges { node { kind } } pageInfo { endCursor } } }',
      { after },
    )) as { data: { outboxMessages: { edges: { node: { kind: string } }[]; pageInfo: { endCursor: string | null } } } };
    kinds.push(...res.data.outboxMessages.edges.map((e) => e.node.kind));
    after = res.data.outboxMessages.pageInfo.endCursor;
  }
  expect(kinds.filter((k) => k === 'TANDEM_MOVED')).toHaveLength(2);
});
