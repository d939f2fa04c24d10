import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

const et = 'et'; // tutor.school.ee reads Estonian; this way of collaboration has no Estonian text, so English is shown

test('an Estonian tutor reaches a dictionary term in a toolbox text with the keyboard and sees it in the five languages', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'tutor.school.ee', '/toolbox?q=uhine+hindamine');
  await page.getByTestId('resource').getByRole('link', { name: 'Assessing together' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assessing together' })).toBeVisible();

  // "the assessment of learners": the demo term "assessment" (a word of the English text, found as a whole word).
  const term = page.getByRole('button', {
    name: text(et, 'toolbox.dictionary.inText.termLabel', { phrase: 'assessment' }),
  });
  await expect(term.first()).toBeVisible();

  // Tab from the page's heading until the first term has the focus: it is reachable without a mouse.
  await page.getByRole('heading', { level: 1, name: 'Assessing together' }).click();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await term.first().evaluate((el) => el === document.activeElement)) break;
  }
  await expect(term.first()).toBeFocused();
  const card = page.getByTestId('glossary-card').filter({ visible: true });
  await expect(card).toBeVisible();
  await expect(term.first()).toHaveAttribute('aria-expanded', 'true');
  for (const translation of ['hindamine', 'novērtēšana', 'vertinimas', 'оценивание']) {
    await expect(card).toContainText(translation);
  }
  await expect(card.getByRole('link', { name: text(et, 'toolbox.dictionary.inText.open') })).toHaveAttribute(
    'href',
    /^\/dictionary\//,
  );
  await expectNoAxeViolations(page);

  // Escape closes the card and the focus stays on the term.
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(term.first()).toBeFocused();
  await expect(term.first()).toHaveAttribute('aria-expanded', 'false');
  await expectNoAxeViolations(page);
});
