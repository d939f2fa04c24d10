import type { Locale } from '@tandem/shared-domain';
import { expect, test, type Page } from '@playwright/test';
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
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
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
});

test('on a phone a coordinator reads the people list as cards, each name a link to the person’s record', async ({
  page,
}) => {
  await signIn(page, 'coordinator.ee', '/people');
  const rows = page.getByTestId('person-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.first().evaluate((el) => el.tagName)).toBe('LI');
  await expectNoSidewaysScroll(page);
  await expect(rows.first().getByRole('link').first()).toHaveAttribute('href', /\/people\/[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page);
});
