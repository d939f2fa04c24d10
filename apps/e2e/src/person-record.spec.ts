import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

test('a coordinator filters the people list to a tutor, opens her record and sees her enrolments and hours, in Estonian', async ({
  page,
}) => {
  await signIn(page, 'coordinator.ee');
  const nav = page.getByRole('navigation', { name: text('et', 'app.mainNavigation') });
  await nav.getByRole('link', { name: text('et', 'nav.people'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('et', 'people.directory.title') })).toBeVisible();

  // The filters go into the address, so the filtered list can be shared and Back returns to it.
  await page.getByLabel(text('et', 'people.directory.role')).selectOption('TUTOR');
  await expect(page).toHaveURL(/role=TUTOR/);
  await page.getByLabel(text('et', 'people.directory.search')).fill('tutor.school.ee@');
  await expect(page).toHaveURL(/q=tutor\.school\.ee/);
  const row = page.getByTestId('person-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(text('et', 'personRecord.status.ACTIVE'));
  await expect(page.getByTestId('people-export')).toHaveAttribute('href', /role=TUTOR/);

  await row.getByRole('link', { name: 'Kadri Tamm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kadri Tamm' })).toBeVisible();
  const enrolments = page.getByRole('region', { name: text('et', 'personRecord.enrolments.title') });
  await expect(enrolments.getByTestId('record-enrolment').first()).toBeVisible();
  const hours = page.getByRole('region', { name: text('et', 'personRecord.hours.title') });
  await expect(hours.getByRole('progressbar', { name: text('et', 'personRecord.hours.bar') })).toBeVisible();
  await expect(page.getByRole('region', { name: text('et', 'personRecord.tandem.title') })).toContainText(
    text('et', 'tandems.statuses.ACTIVE'),
  );
  // A coordinator manages roles: the role editor is a section of the record.
  await expect(page.getByRole('heading', { name: text('et', 'people.person.rolesTitle') })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goBack();
  await expect(page).toHaveURL(/role=TUTOR/);
  await expect(page.getByTestId('person-row')).toHaveCount(1);
});
