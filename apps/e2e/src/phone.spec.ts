import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

// An iPhone SE / small Android: the width the tutor journey was too wide for.
test.use({ viewport: { width: 375, height: 740 } });

async function localeOf(page: Page): Promise<Locale> {
  return ((await page.locator('html').getAttribute('lang')) ?? 'en') as Locale;
}

/** Nothing on the page needs sideways scrolling. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => (document.scrollingElement ?? document.documentElement).scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * The list `testId` as cards (a list, not a table), the page no wider than the phone, and with
 * `action` the first card's first action in full view and at least 44 px high. Answers the cards.
 */
async function expectCards(page: Page, testId: string, { action = true } = {}): Promise<Locator> {
  const list = page.getByTestId(testId);
  await expect(list).toBeVisible();
  expect(await list.evaluate((el) => el.tagName)).toBe('UL');
  const cards = list.locator(':scope > li');
  await expect(cards.first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  if (action) {
    const button = list.locator('.record-card-actions').locator('a, button').first();
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeInViewport({ ratio: 1 });
    expect((await button.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  return cards;
}

test('on a phone a tutor sees the sessions as cards with the Book buttons in view and large enough to tap', async ({
  page,
}) => {
  await signIn(page, 'tutor.school.ee', '/sessions');
  const locale = await localeOf(page);
  const open = page.getByTestId('open-sessions');
  await expect(open).toBeVisible();
  // Cards (a list), not a table that scrolls sideways.
  expect(await open.evaluate((el) => el.tagName)).toBe('UL');
  const cards = open.getByTestId('session-row');
  await expect(cards.first()).toBeVisible();
  await expectNoSidewaysScroll(page);

  // The first session the tutor has not booked yet: its card ends in a Book (or waitlist) button.
  const book = open.locator('[data-testid="session-row"] .record-card-actions button').first();
  await expect(book).toBeVisible();
  const box = await book.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  // Every card names its columns, so nothing depends on a header row off-screen.
  await expect(cards.first().getByText(text(locale, 'sessions.fields.startsAt'))).toBeVisible();
  await expectNoAxeViolations(page);

  const mine = page.getByTestId('my-enrolments');
  if (await mine.count()) {
    await mine.scrollIntoViewIfNeeded();
    expect(await mine.evaluate((el) => el.tagName)).toBe('UL');
    await expectNoSidewaysScroll(page);
  }

  // The session's own page: its Book button as large on a phone (44 px), nothing sideways.
  await cards
    .filter({ has: page.locator('.record-card-actions button') })
    .first()
    .getByRole('link')
    .first()
    .click();
  const bookHere = page.getByTestId('book-session');
  await expect(bookHere).toBeVisible();
  expect((await bookHere.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await expectNoSidewaysScroll(page);
});

test('on a phone a coordinator reads the people and the tandems as cards, each name a link to the person’s record', async ({
  page,
}) => {
  await signIn(page, 'coordinator.ee', '/people');
  const rows = page.getByTestId('person-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.first().evaluate((el) => el.tagName)).toBe('LI');
  await expectNoSidewaysScroll(page);
  await expect(rows.first().getByRole('link').first()).toHaveAttribute('href', /\/people\/[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page);

  // The tandems: both partners named and linked on each card, "Dissolve" in view.
  await page.goto('/tandems');
  const locale = await localeOf(page);
  const tandems = await expectCards(page, 'tandem-table');
  const active = tandems.and(page.locator('[data-status="ACTIVE"]')).first();
  await expect(active.getByText(text(locale, 'tandems.list.columns.school'))).toBeVisible();
  await expect(active.getByRole('link').first()).toHaveAttribute('href', /\/people\/[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page);
});

test('on a phone a tutor reads assignments, self-assessments, surveys and the dictionary as cards with the actions in view', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'tutor.school.ee', '/assignments');
  const locale = await localeOf(page);
  const assignments = await expectCards(page, 'my-assignments');
  await expect(assignments.first().getByText(text(locale, 'assignments.fields.dueOn'))).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/self-assessments');
  const rounds = await expectCards(page, 'self-assessment-rounds');
  await expect(rounds.first().getByText(text(locale, 'selfAssessment.columns.window'))).toBeVisible();
  // Her levels beside her partner's: a card per competence, the difference labelled.
  const comparison = await expectCards(page, 'tandem-comparison', { action: false });
  await expect(comparison.first().getByText(text(locale, 'selfAssessment.tandem.difference'))).toBeVisible();
  await expectNoAxeViolations(page);

  // The feedback waiting for her: "Answer" on its card.
  await page.goto('/my-surveys');
  const surveys = await expectCards(page, 'my-surveys');
  await expect(surveys.first().locator('.record-card-actions a')).toHaveText(text(locale, 'surveys.answer'));
  await expectNoAxeViolations(page);

  // Five languages side by side are wider than a phone: one card per term, each language labelled.
  await page.goto('/dictionary?q=darba%20drosiba');
  const terms = await expectCards(page, 'term-results', { action: false });
  await expect(terms.first().getByText('Latviešu', { exact: true })).toBeVisible();
  await expect(terms.first().getByRole('link', { name: 'darba drošība' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('on a phone a trainer reviews submissions, opens survey results and keeps a roster from cards', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'trainer.ee', '/reviews');
  const locale = await localeOf(page);
  // The four statuses stacked, the submissions waiting as cards with "Review" in view.
  const reviews = await expectCards(page, 'review-list');
  await expect(reviews.first().locator('.record-card-actions a')).toHaveText(text(locale, 'assignments.review.review'));
  await expectNoAxeViolations(page);

  await page.goto('/surveys');
  await expectCards(page, 'surveys');
  await expectNoAxeViolations(page);

  // A past session's roster: one card per person, the attendance choice as large as a button.
  await page.goto('/agenda');
  await page.getByLabel(text(locale, 'sessions.filters.upcomingOnly')).uncheck();
  await page
    .getByTestId('agenda')
    .locator('[data-testid="session-row"][data-module="EE-N2"][data-status="COMPLETED"]')
    .first()
    .getByRole('link', { name: text(locale, 'sessions.openRosterNamed', { module: 'EE-N2' }) })
    .click();
  const roster = await expectCards(page, 'roster', { action: false });
  const person = roster.first();
  const choice = person.getByLabel(
    text(locale, 'attendance.ofPerson', { name: (await person.getAttribute('data-name')) ?? '' }),
  );
  await choice.scrollIntoViewIfNeeded();
  await expect(choice).toBeInViewport({ ratio: 1 });
  expect((await choice.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  const save = page.getByRole('button', { name: text(locale, 'attendance.save') });
  expect((await save.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
});
