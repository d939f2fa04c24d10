import { expect, test } from '@playwright/test';
import type { Locale } from '@tandem/shared-domain';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

/** One demo account per role, in the language stored on the person. */
const ACCOUNTS: { who: string; role: string; locale: Locale; givenName: string }[] = [
  { who: 'admin', role: 'ADMIN', locale: 'en', givenName: 'Liis' },
  { who: 'coordinator.lv', role: 'COORDINATOR', locale: 'lv', givenName: 'Ilze' },
  { who: 'trainer.lt', role: 'TRAINER', locale: 'lt', givenName: 'Tomas' },
  { who: 'tutor.school.ee', role: 'TUTOR', locale: 'et', givenName: 'Kadri' },
  { who: 'manager', role: 'MANAGER', locale: 'et', givenName: 'Priit' },
  { who: 'researcher', role: 'RESEARCHER', locale: 'en', givenName: 'Laura' },
  { who: 'observer', role: 'OBSERVER', locale: 'lt', givenName: 'Eglė' },
];

for (const { who, role, locale, givenName } of ACCOUNTS) {
  test(`${role} (${who}) sees their home page, role and navigation in ${locale}`, async ({ page }) => {
    await signIn(page, who);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(
      page.getByRole('heading', { level: 1, name: text(locale, 'home.greeting', { name: givenName }) }),
    ).toBeVisible();
    await expect(page.getByText(text(locale, `roles.${role}.name`)).first()).toBeVisible();

    const nav = page.getByRole('navigation', { name: text(locale, 'app.mainNavigation') });
    for (const item of ['home', 'editions', 'account']) {
      await expect(nav.getByRole('link', { name: text(locale, `nav.${item}`) })).toBeVisible();
    }
    const audit = nav.getByRole('link', { name: text(locale, 'nav.auditLog') });
    if (role === 'ADMIN') await expect(audit).toBeVisible();
    else await expect(audit).toHaveCount(0);
  });
}

test('the home page has no accessibility violations', async ({ page }) => {
  await signIn(page, 'tutor.company.ee');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
