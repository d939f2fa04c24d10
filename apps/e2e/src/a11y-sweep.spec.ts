import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { signIn } from './support/session';

/**
 * axe (WCAG 2.1 A/AA) on every page each demo person can reach, as that person: a crawl from the
 * home page through the links the app itself shows (navigation, lists, detail pages), one page per
 * route pattern and person, so a detail page is checked once with real data rather than for every
 * record. The crawl only reads: it follows links and never presses buttons.
 *
 * `A11Y_SWEEP=full` (npm run check:a11y) sweeps every page of all fourteen demo people, each page as
 * each person, and the route patterns of a person already checked by an earlier one only once more
 * as that person. `npm test` sweeps one person per role and side, each route once, as the first of
 * them who reaches it (the administrator reaches 46 routes, about 1.5 min in CI; the others add
 * their own pages and their home). `A11Y_PEOPLE=admin,observer` sweeps some people (each route once).
 */
const EVERY_PERSON = [
  'admin',
  'coordinator.ee',
  'coordinator.lv',
  'coordinator.lt',
  'trainer.ee',
  'trainer.lv',
  'trainer.lt',
  'tutor.school.ee',
  'tutor.company.ee',
  'tutor.trained.lv',
  'tutor.privacy.lt',
  'manager',
  'researcher',
  'observer',
];
const IN_CI = [
  'admin',
  'coordinator.lv',
  'trainer.ee',
  'tutor.school.ee',
  'tutor.trained.lv',
  'manager',
  'researcher',
  'observer',
];
const full = process.env['A11Y_SWEEP'] === 'full';
const people = process.env['A11Y_PEOPLE']?.split(',') ?? (full ? EVERY_PERSON : IN_CI);
/** Route patterns already checked by an earlier person of this run (the default sweep only). */
const sweptBefore = new Set<string>();
const MAX_PAGES_PER_PERSON = 80;

/** `/sessions/3f2a…/check-in` → `/sessions/:id/check-in`: one visit per route pattern. */
function routePattern(path: string): string {
  return path
    .split('/')
    .map((part) => (/^[0-9a-f-]{8,}$/i.test(part) || /^\d+$/.test(part) ? ':id' : part))
    .join('/');
}

/** Links to pages of the app (not files, not other sites, not signing out). */
async function appLinks(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (anchors) =>
    anchors.map((a) => (a as HTMLAnchorElement).href).filter((href) => href.startsWith(location.origin)),
  );
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => !url.pathname.startsWith('/api/') && !/\.(pdf|csv|xlsx|tbx|ics|json)$/.test(url.pathname))
    .map((url) => url.pathname);
}

async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.getByRole('main')).toBeVisible();
}

// A person reaches up to ~45 pages; each is loaded, settled and analysed.
test.describe.configure({ timeout: 600_000 });

for (const who of people) {
  test(`axe finds nothing on any page ${who} can reach`, async ({ page }) => {
    await signIn(page, who, '/', { consentsAsked: who === 'tutor.privacy.lt' });
    const seen = new Set<string>();
    const checked: string[] = [];
    const queue = ['/'];
    const found: string[] = [];
    while (queue.length && seen.size < MAX_PAGES_PER_PERSON) {
      const path = queue.shift() as string;
      const pattern = routePattern(path);
      if (seen.has(pattern)) continue;
      seen.add(pattern);
      // Checked as an earlier person: not loaded again (the default sweep); each person's home is.
      if (!full && pattern !== '/' && sweptBefore.has(pattern)) continue;
      sweptBefore.add(pattern);
      checked.push(pattern);
      await page.goto(path);
      await settled(page);
      for (const link of await appLinks(page)) if (!seen.has(routePattern(link))) queue.push(link);
      // The layout (header, navigation) is the same on every page: checked on the person's home, then
      // only each page's main content. Only violations are gathered, which is most of axe's time saved.
      // (options() replaces the whole options object: before withTags, which sets runOnly in it.)
      const axe = new AxeBuilder({ page })
        .options({ resultTypes: ['violations'] })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
      const results = await (pattern === '/' ? axe : axe.include('main')).analyze();
      for (const v of results.violations)
        found.push(
          `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}: ${v.nodes[0]?.any[0]?.message}`,
        );
    }
    test.info().annotations.push({ type: 'checked', description: checked.sort().join(' ') });
    console.log(`${who}: ${seen.size} pages reached, ${checked.length} checked`);
    expect(found).toEqual([]);
  });
}
