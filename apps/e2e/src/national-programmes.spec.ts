import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/session';
import { text } from './support/texts';

/** The unread count the bell announces ("Notifications, 2 unread"). */
async function unreadCount(page: Page): Promise<number> {
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName(/^Notifications, (\d+|none) unread$/);
  return Number(await bell.getAttribute('data-unread'));
}

test('the administrator is told that Lithuania submitted its programme, opens it from the bell and approves it', async ({
  page,
}) => {
  await signIn(page, 'admin');

  await page
    .getByRole('navigation', { name: text('en', 'app.mainNavigation') })
    .getByRole('link', { name: text('en', 'nav.nationalProgrammes') })
    .click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: text('en', 'nationalProgrammes.title'),
    }),
  ).toBeVisible();
  const lithuania = page.getByTestId('national-programme-row').and(page.locator('[data-country="LT"]'));
  await expect(lithuania.getByTestId('programme-status')).toHaveText(text('en', 'nationalProgrammes.status.SUBMITTED'));
  await expect(page.locator('[data-country="EE"]').getByTestId('programme-status')).toHaveText(
    text('en', 'nationalProgrammes.status.APPROVED'),
  );

  const before = await unreadCount(page);
  expect(before).toBeGreaterThan(0);
  await page.getByTestId('notification-bell').click();
  const dialog = page.getByRole('dialog', {
    name: text('en', 'notifications.title'),
  });
  await expect(dialog).toBeVisible();
  const submitted = dialog.getByTestId('notification').filter({
    hasText: 'submitted revision 2 of the national programme of Lithuania',
  });
  await expect(submitted).toHaveAttribute('data-read', 'false');
  await submitted.getByRole('link').click();

  await expect(
    page.getByRole('heading', {
      level: 1,
      name: text('en', 'nationalProgrammes.ofCountry', {
        country: 'Lithuania',
      }),
    }),
  ).toBeVisible();
  await expect(page.getByTestId('notification-bell')).toHaveAttribute('data-unread', String(before - 1));
  await expect(page.getByTestId('programme-items').getByRole('row')).toHaveCount(7); // header + LT-N1, JM1, LT-N2, LT-N3, JM2, JM3
  await expect(page.getByTestId('programme-items').getByRole('row').nth(2)).toContainText('JM1');

  await page
    .getByRole('button', {
      name: text('en', 'nationalProgrammes.decision.approve'),
    })
    .click();
  await expect(page.getByTestId('programme-done')).toHaveText(
    text('en', 'nationalProgrammes.done.approve', { country: 'Lithuania' }),
  );
  await expect(page.getByRole('heading', { level: 1 }).locator('..').getByTestId('programme-status')).toHaveText(
    text('en', 'nationalProgrammes.status.APPROVED'),
  );
  await expect(
    page.getByRole('button', {
      name: text('en', 'nationalProgrammes.decision.approve'),
    }),
  ).toHaveCount(0);
  // Revision 2 is now in force; revision 1 stays in the history.
  await expect(page.getByTestId('programme-revisions').getByRole('row')).toHaveCount(3);
  await expect(page.getByTestId('notification-bell')).toHaveAccessibleName(
    `Notifications, ${before - 1 === 0 ? 'none' : before - 1} unread`,
  );
});
