import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

const et = 'et'; // the preferred language of every Estonian demo person in these journeys
const COORDINATOR = 'Mart Saar'; // coordinator.ee

/** The propose form filled in for an Estonian checklist with its text in Estonian. */
async function fillEstonianChecklist(page: Page, title: string, body: string) {
  await page.getByLabel(text(et, 'toolbox.resources.kind'), { exact: true }).selectOption('CHECKLIST');
  await page.getByLabel(text(et, 'toolbox.resources.propose.country'), { exact: true }).selectOption('EE');
  await page.getByLabel(text(et, 'toolbox.resources.propose.titleEn'), { exact: false }).fill(title);
  await page.getByLabel(text(et, 'toolbox.resources.propose.language')).selectOption('et');
  await page.getByLabel(text(et, 'toolbox.resources.propose.body'), { exact: true }).fill(body);
}

test('the Estonian school tutor finds a way of collaboration without accents, a term in five languages and the study visit to Finland, and writes her part of its report', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'tutor.school.ee');
  const nav = page.getByRole('navigation', { name: text(et, 'app.mainNavigation') });
  await nav.getByRole('link', { name: text(et, 'nav.toolbox'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(et, 'toolbox.resources.title') })).toBeVisible();
  await expect(page.getByTestId('resource').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // "uhine hindamine" without the Ü finds "Ühine hindamine", one of the 12 ways (its text is in English and Latvian).
  const search = page.getByLabel(text(et, 'toolbox.resources.filters.search'), { exact: true });
  await search.fill('uhine hindamine');
  await search.press('Enter');
  await expect(page).toHaveURL(/[?&]q=uhine\+hindamine/);
  const way = page.getByTestId('resource').filter({ hasText: 'Assessing together' });
  await expect(way).toBeVisible();
  await expect(way).toContainText(text(et, 'toolbox.resources.kinds.COLLABORATION_WAY'));
  await way.getByRole('link', { name: 'Assessing together' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Assessing together' })).toBeVisible();
  await expect(page.getByTestId('shown-language')).toBeVisible();
  for (const heading of ['What it is', 'How to start', 'What the school does', 'What the company does', 'Pitfalls']) {
    await expect(page.getByRole('heading', { level: 3, name: heading })).toBeVisible();
  }
  const history = page.getByRole('region', { name: text(et, 'toolbox.resources.history') });
  await expect(history.getByRole('row')).not.toHaveCount(1);
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('region', { name: text(et, 'toolbox.resources.content') })
      .getByRole('button', { name: text(et, 'toolbox.resources.download', { language: 'EN', version: '1' }) })
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Assessing-together-en-v1\.txt$/);
  await page.getByRole('link', { name: text(et, 'toolbox.resources.backToCollection') }).click();
  await expect(page.getByRole('region', { name: /^12 / }).getByRole('listitem')).toHaveCount(12);

  // The dictionary: "darba drosiba" without accents finds the term with all five languages side by side.
  await nav.getByRole('link', { name: text(et, 'nav.dictionary') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(et, 'toolbox.dictionary.title') })).toBeVisible();
  const term = page.getByLabel(text(et, 'toolbox.dictionary.search'), { exact: true });
  await term.fill('darba drosiba');
  await term.press('Enter');
  const row = page.getByTestId('term-row').filter({ hasText: 'darba drošība' }).first();
  for (const word of ['occupational safety', 'tööohutus', 'darba drošība', 'darbų sauga', 'охрана труда']) {
    await expect(row.getByRole('link', { name: word })).toBeVisible();
  }
  await expect(row.getByTestId('missing-language')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await row.getByRole('link', { name: 'tööohutus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'tööohutus' })).toBeVisible();
  for (const language of ['en', 'et', 'lv', 'lt', 'ru']) {
    await expect(page.getByTestId(`entry-${language}`).getByTestId('missing-language')).toHaveCount(0);
  }
  await expect(page.getByTestId('entry-ru')).toContainText('охрана труда');
  await expectNoAxeViolations(page);

  // Study visits: the list with the mobility counts (chart and table), then the visit to Finland.
  await nav.getByRole('link', { name: text(et, 'nav.studyVisits') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(et, 'toolbox.studyVisits.title') })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole('radiogroup', { name: text(et, 'toolbox.mobility.viewAs') })
    .getByText(text(et, 'toolbox.mobility.table'))
    .click();
  await expect(page.getByTestId('mobility-table').getByRole('row')).not.toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Study visit: WBL tutor training in Finland' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Study visit: WBL tutor training in Finland' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: text(et, 'toolbox.studyVisits.agenda') })).toContainText(
    'Welcome and the Finnish VET system',
  );
  await expect(page.getByTestId('participants').getByRole('row')).not.toHaveCount(1);
  const report = page.getByRole('region', { name: text(et, 'toolbox.studyVisits.report') });
  await expect(report).toContainText(text(et, 'toolbox.studyVisits.whatISaw'));
  await expectNoAxeViolations(page);
  // She went, so she writes her part of the shared report.
  const myPart = report.getByRole('form', { name: text(et, 'toolbox.studyVisits.myPart') });
  await myPart
    .getByLabel(text(et, 'toolbox.studyVisits.whatIWillTransfer'))
    .fill('Lühikesed praktilised koolitused meie ettevõtete juhendajatele.');
  await myPart.getByRole('button', { name: text(et, 'toolbox.studyVisits.savePart') }).click();
  await expect(myPart.getByRole('status')).toHaveText(text(et, 'toolbox.studyVisits.partSaved'));
  await expect(report).toContainText('Lühikesed praktilised koolitused meie ettevõtete juhendajatele.');
});

test('a trainer proposes a resource for Estonia and a term; the Estonian coordinator approves the one, reviews the other and selects herself for the study visit', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const title = `Safety walk with a learner ${Date.now()}`;
  await signIn(page, 'trainer.ee', '/toolbox/propose');
  await page.goto('/toolbox/propose');
  await expect(
    page.getByRole('heading', { level: 1, name: text(et, 'toolbox.resources.propose.title') }),
  ).toBeVisible();
  await fillEstonianChecklist(page, title, 'Enne alustamist\nKäi koos õppijaga objekt läbi ja näita ohutsoone.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: text(et, 'toolbox.resources.propose.submit') }).click();
  await expect(page.getByRole('status').filter({ hasText: title })).toBeVisible();

  // … and a term of the dictionary in Estonian only: its other languages are missing, not filled in.
  const term = `ohutusring${Date.now()}`;
  await page.goto('/dictionary/propose');
  await expect(page.getByRole('heading', { level: 1, name: text(et, 'toolbox.dictionary.proposeNew') })).toBeVisible();
  await page.getByLabel(text(et, 'toolbox.dictionary.form.term', { language: 'Eesti' })).fill(term);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: text(et, 'toolbox.dictionary.form.propose') }).click();
  await page.getByRole('link', { name: text(et, 'toolbox.dictionary.form.sent') }).click();
  await expect(page.getByRole('heading', { level: 1, name: term })).toBeVisible();
  await expect(page.getByTestId('entry-et')).toContainText(text(et, 'toolbox.dictionary.statuses.PROPOSED'));
  await expect(page.getByTestId('entry-en').getByTestId('missing-language')).toBeVisible();
  const termPath = new URL(page.url()).pathname;
  await page.evaluate(() => localStorage.clear());
  await page.context().clearCookies();

  await signIn(page, 'coordinator.ee');
  const nav = page.getByRole('navigation', { name: text(et, 'app.mainNavigation') });
  await nav.getByRole('link', { name: text(et, 'nav.toolboxReview') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(et, 'toolbox.resources.review.title') })).toBeVisible();
  const card = page.getByTestId('resource').filter({ hasText: title });
  await expect(card).toBeVisible();
  await expectNoAxeViolations(page);
  await card.getByRole('button', { name: text(et, 'toolbox.resources.review.approve') }).click();
  await expect(card).toHaveCount(0);

  // Published: the toolbox finds it.
  await page.goto(`/toolbox?q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId('resource').filter({ hasText: title })).toBeVisible();

  // As an editor of the dictionary she marks the proposed Estonian entry reviewed.
  await page.goto(termPath);
  const entry = page.getByTestId('entry-et');
  await entry.getByRole('button', { name: text(et, 'toolbox.dictionary.markReviewed', { language: 'Eesti' }) }).click();
  await expect(entry).toContainText(text(et, 'toolbox.dictionary.statuses.REVIEWED'));
  await expectNoAxeViolations(page);

  // She applies for the study visit to Finland herself and, as its manager, selects herself.
  await page.goto('/study-visits');
  await page.getByRole('link', { name: 'Study visit: WBL tutor training in Finland' }).click();
  await page.getByRole('button', { name: text(et, 'toolbox.studyVisits.apply') }).click();
  await expect(page.getByTestId('my-status')).toContainText(text(et, 'toolbox.studyVisits.statuses.APPLIED'));
  const status = page.getByLabel(text(et, 'toolbox.studyVisits.statusOf', { name: COORDINATOR }));
  await expect(status).toHaveValue('APPLIED');
  await expectNoAxeViolations(page);
  await status.selectOption('SELECTED');
  await expect(page.getByTestId('my-status')).toContainText(text(et, 'toolbox.studyVisits.statuses.SELECTED'));
  await page.reload();
  await expect(page.getByLabel(text(et, 'toolbox.studyVisits.statusOf', { name: COORDINATOR }))).toHaveValue(
    'SELECTED',
  );
  // She plans a visit of her own: a wrong end date is refused under its field, then it is saved.
  const visitTitle = `Job shadowing in Tartu ${Date.now()}`;
  await page.goto('/study-visits');
  await page.getByRole('link', { name: text(et, 'toolbox.studyVisits.plan.newTitle') }).click();
  const plan = page.getByRole('form', { name: text(et, 'toolbox.studyVisits.plan.create') });
  await plan.getByLabel(text(et, 'toolbox.studyVisits.plan.title'), { exact: false }).fill(visitTitle);
  await plan.getByLabel(text(et, 'toolbox.studyVisits.hostCountry'), { exact: false }).selectOption('FI');
  await plan.getByLabel(text(et, 'toolbox.mobilities.startsOn'), { exact: false }).fill('2027-05-10');
  await plan.getByLabel(text(et, 'toolbox.mobilities.endsOn'), { exact: false }).fill('2027-05-09');
  await plan.getByLabel(text(et, 'toolbox.studyVisits.plan.hostOrganisations'), { exact: false }).fill('Omnia');
  await plan.getByRole('button', { name: text(et, 'toolbox.studyVisits.plan.addAgendaItem') }).click();
  await plan.getByLabel(text(et, 'toolbox.studyVisits.item'), { exact: false }).fill('Welcome');
  await plan.getByRole('button', { name: text(et, 'toolbox.studyVisits.plan.addBudgetLine') }).click();
  await plan
    .getByRole('textbox', { name: text(et, 'toolbox.studyVisits.plan.budgetLabel', { n: '1' }), exact: true })
    .fill('Travel');
  await plan.getByLabel(text(et, 'toolbox.studyVisits.plan.amount', { n: '1' }), { exact: false }).fill('1200.5');
  await expectNoAxeViolations(page);
  await plan.getByRole('button', { name: text(et, 'toolbox.studyVisits.plan.create') }).click();
  await expect(plan).toContainText(text(et, 'validation.notBeforeStart'));
  await plan.getByLabel(text(et, 'toolbox.mobilities.endsOn'), { exact: false }).fill('2027-05-12');
  await plan.getByRole('button', { name: text(et, 'toolbox.studyVisits.plan.create') }).click();
  await expect(page.getByRole('heading', { level: 1, name: visitTitle })).toBeVisible();
  await expect(page.getByTestId('visit-budget-total')).toContainText(/1\D?200,50/);
  await expect(page.getByRole('button', { name: text(et, 'toolbox.studyVisits.plan.edit') })).toBeVisible();
});

test('a tutor proposes a resource; the Estonian coordinator asks for changes with a reason; the tutor reads it on My proposals', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const title = `Questions for the first talk ${Date.now()}`;
  const reason = 'Lisa ka ettevõtte juhendaja küsimused.';
  await signIn(page, 'tutor.school.ee', '/toolbox/propose');
  await page.goto('/toolbox/propose');
  await fillEstonianChecklist(page, title, 'Esimene vestlus\nMida sa sellest erialast ootad?');
  await page.getByRole('button', { name: text(et, 'toolbox.resources.propose.submit') }).click();
  await expect(page.getByRole('status').filter({ hasText: title })).toBeVisible();
  await page.evaluate(() => localStorage.clear());
  await page.context().clearCookies();

  await signIn(page, 'coordinator.ee', '/toolbox/review');
  await page.goto('/toolbox/review');
  const card = page.getByTestId('resource').filter({ hasText: title });
  await card.getByLabel(text(et, 'toolbox.resources.review.reason'), { exact: false }).fill(reason);
  await card.getByRole('button', { name: text(et, 'toolbox.resources.review.requestChanges') }).click();
  await expect(card).toHaveCount(0);
  await page.evaluate(() => localStorage.clear());
  await page.context().clearCookies();

  await signIn(page, 'tutor.school.ee', '/toolbox');
  await page.goto('/toolbox');
  await page.getByRole('link', { name: text(et, 'toolbox.proposals.open') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(et, 'toolbox.proposals.title') })).toBeVisible();
  const mine = page.getByRole('listitem').filter({ hasText: title });
  await expect(mine.getByTestId('proposal-status')).toHaveText(
    text(et, 'toolbox.proposals.statuses.CHANGES_REQUESTED'),
  );
  await expect(mine).toContainText(reason);
  await expectNoAxeViolations(page);
});
