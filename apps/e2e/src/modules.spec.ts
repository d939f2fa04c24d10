import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/session';
import { text } from './support/texts';

test('a tutor browses the joint modules in Estonian and reads the version history of joint module 1', async ({
  page,
}) => {
  await signIn(page, 'tutor.school.ee');
  await page
    .getByRole('navigation', { name: text('et', 'app.mainNavigation') })
    .getByRole('link', { name: text('et', 'nav.modules') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: text('et', 'modules.title') })).toBeVisible();

  await page.getByRole('combobox', { name: text('et', 'modules.filters.kind') }).click();
  await page.getByRole('option', { name: text('et', 'modules.kinds.JOINT') }).click();
  await expect(page).toHaveURL(/kind=JOINT/);
  const cards = page.getByTestId('module-card');
  await expect(cards).toHaveCount(3);
  await expect(cards.filter({ hasText: 'EE-N1' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await cards
    .filter({ has: page.getByText('JM1', { exact: true }) })
    .getByRole('link')
    .click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Töökohapõhise õppe juhendaja ja õppija',
    }),
  ).toBeVisible();
  await expect(page.getByTestId('module-version-number')).toHaveText(
    text('et', 'modules.versionNumber', { version: '2' }),
  );
  // The summary has no Estonian text yet: shown in English, and marked.
  await expect(
    page
      .getByRole('heading', {
        level: 2,
        name: new RegExp(text('et', 'modules.summary')),
      })
      .getByTestId('fallback-marker'),
  ).toHaveText(text('et', 'modules.fallback'));

  const history = page.getByTestId('module-version');
  await expect(history).toHaveCount(2);
  const latest = history.first();
  await expect(latest).toHaveAttribute('data-version', '2');
  await expect(latest).toContainText('Interim analysis 1');
  const contactHours = latest.getByRole('row', {
    name: new RegExp(text('et', 'modules.fields.contactHours')),
  });
  await expect(contactHours.getByRole('cell')).toHaveText(['16', '20']);
  await expect(history.last()).toHaveAttribute('data-version', '1');
  // Version 2 says which improvement actions made it, and why (the demo's interim analysis).
  await expect(latest.getByTestId('version-actions')).toContainText(
    text('et', 'modules.history.actionsTitle', { version: '2' }),
  );
  // Readers do not edit.
  await expect(page.getByRole('button', { name: text('et', 'modules.edit') })).toHaveCount(0);
});

test('a coordinator adds a link and uploads a PDF to an Estonian national module, then publishes it with a reason', async ({
  page,
}) => {
  await signIn(page, 'coordinator.ee');
  await page.goto('/modules?country=EE');
  await page
    .getByTestId('module-card')
    .filter({ has: page.getByText('EE-N3', { exact: true }) })
    .getByRole('link')
    .click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Erivajadustega õppija juhendamine',
    }),
  ).toBeVisible();
  await page.getByRole('button', { name: text('et', 'modules.edit') }).click();
  await expect(page.getByTestId('editor-version')).toHaveText(
    text('et', 'modules.editor.publishedVersion', { version: '1' }),
  );

  // A link: the first change starts draft version 2.
  await page.getByLabel(text('et', 'modules.materials.linkTitle')).fill('Juhend: kaasav õpe');
  await page.getByLabel(text('et', 'modules.materials.url'), { exact: false }).fill('https://example.org/kaasav-ope');
  await page.getByRole('button', { name: text('et', 'modules.materials.addLink') }).click();
  await expect(page.getByTestId('material-added')).toBeVisible();
  await expect(page.getByTestId('editor-version')).toHaveText(
    text('et', 'modules.editor.draftVersion', { version: '2' }),
  );
  await expect(page.getByTestId('material').filter({ hasText: 'Juhend: kaasav õpe' })).toBeVisible();

  // A small PDF, with its progress shown.
  await page.getByLabel(text('et', 'modules.materials.fileTitle')).fill('Tunnikava');
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('button', {
      name: text('et', 'modules.materials.file'),
      exact: true,
    })
    .click();
  await (
    await chooser
  ).setFiles({
    name: 'tunnikava.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  });
  await page
    .getByRole('button', {
      name: text('et', 'modules.materials.upload'),
      exact: true,
    })
    .click();
  await expect(page.getByTestId('material-uploaded')).toBeVisible();
  await expect(
    page.getByRole('progressbar', {
      name: text('et', 'modules.materials.progress'),
    }),
  ).toHaveAttribute('aria-valuenow', '100');
  await expect(page.getByText(text('et', 'modules.materials.uploadComplete'))).toBeVisible();
  const file = page.getByTestId('material').filter({ hasText: 'tunnikava.pdf' });
  await expect(file).toContainText('application/pdf');

  // Publishing version 2 asks why it changed.
  await page.getByLabel(text('et', 'modules.editor.changeReason')).fill('Lisatud kaasava õppe juhend ja tunnikava');
  await page.getByRole('button', { name: text('et', 'modules.editor.publish') }).click();
  await expect(page.getByTestId('module-published')).toBeVisible();

  await page.getByRole('button', { name: text('et', 'modules.editor.close') }).click();
  await expect(page.getByTestId('module-version-number')).toHaveText(
    text('et', 'modules.versionNumber', { version: '2' }),
  );
  const link = page.getByTestId('materials').getByRole('link', { name: /Juhend: kaasav õpe/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await expect(page.getByTestId('materials').getByRole('link', { name: 'Tunnikava' })).toHaveAttribute(
    'href',
    /^\/api\/files\//,
  );
  const latest = page.getByTestId('module-version').first();
  await expect(latest).toHaveAttribute('data-version', '2');
  await expect(latest).toContainText('Lisatud kaasava õppe juhend ja tunnikava');
});
