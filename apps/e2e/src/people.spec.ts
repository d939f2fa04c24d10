import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

test('a coordinator finds a trainer of their country, grants her a second role and revokes it again, in Estonian', async ({
  page,
}) => {
  await signIn(page, 'coordinator.ee');
  const nav = page.getByRole('navigation', { name: text('et', 'app.mainNavigation') });
  await nav.getByRole('link', { name: text('et', 'nav.people'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('et', 'people.directory.title') })).toBeVisible();
  await expect(page.getByTestId('person-row').first()).toBeVisible();

  // Only people of Estonia: the Latvian trainer is not found.
  const search = page.getByLabel(text('et', 'people.directory.search'));
  await search.fill('Ozols');
  await expect(page.getByTestId('people-count')).toHaveText(/^0\s/);
  await search.fill('trainer.ee@');
  await expect(page.getByTestId('person-row')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Tiina Mägi' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Tiina Mägi' })).toBeVisible();
  await expect(page.getByTestId('person-grant')).toHaveCount(1);

  // Granting without a role names what is missing; then an observer role in Estonia.
  const grantForm = page.getByRole('form', { name: text('et', 'people.person.grantTitle') });
  await grantForm.getByRole('button', { name: text('et', 'people.person.grant') }).click();
  await expect(grantForm).toContainText(text('et', 'people.invite.errors.roleRequired'));
  await grantForm.getByLabel(text('et', 'people.invite.role')).selectOption('OBSERVER');
  await grantForm.getByRole('button', { name: text('et', 'people.person.grant') }).click();
  await expect(page.getByTestId('person-done')).toHaveText(
    text('et', 'people.person.granted', { role: text('et', 'roles.OBSERVER.name') }),
  );
  await expect(page.getByTestId('person-grant')).toHaveCount(2);
  await expectNoAxeViolations(page);

  // Revoking asks first, then the grant is gone.
  const observer = page.getByTestId('person-grant').filter({ hasText: text('et', 'roles.OBSERVER.name') });
  await observer.getByRole('button').click();
  const dialog = page.getByRole('dialog', { name: text('et', 'people.person.revokeTitle') });
  await dialog.getByRole('button', { name: text('et', 'people.person.revokeConfirm') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('person-grant')).toHaveCount(1);
});
