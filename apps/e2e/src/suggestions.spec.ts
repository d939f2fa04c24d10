import { catalogues, flattenCatalogue } from '@tandem/shared-i18n';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

const et = 'et';
/** The reason's Estonian text with its placeholders (code, title, level, scale) as wildcards. */
const reason = new RegExp(
  flattenCatalogue(catalogues.et)
    ['toolbox.suggestions.reason'].split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\/]/g, '\\$&'))
    .join('.+'),
);

test('the Estonian school tutor sees resources suggested for her lowest-rated competences on a module page and opens one', async ({
  page,
}) => {
  await signIn(page, 'tutor.school.ee');
  await page
    .getByRole('navigation', { name: text(et, 'app.mainNavigation') })
    .getByRole('link', { name: text(et, 'nav.modules') })
    .click();
  await page
    .getByTestId('module-card')
    .filter({ has: page.getByText('JM1', { exact: true }) })
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Töökohapõhise õppe juhendaja ja õppija' })).toBeVisible();

  // Her submitted baseline gives the reasons; the demo tags resources to JM1's competences (PLAN, COOP).
  const panel = page.getByRole('region', { name: text(et, 'toolbox.suggestions.title') });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(text(et, 'toolbox.suggestions.personalIntro'))).toBeVisible();
  await expect(panel.getByText(reason).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const first = panel.getByRole('listitem').first().getByRole('link');
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/toolbox\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});
