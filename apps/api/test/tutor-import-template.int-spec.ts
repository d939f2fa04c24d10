import ExcelJS from 'exceljs';
import { parseTutorSheet, TUTOR_IMPORT_COLUMNS } from '../src/modules/imports/tutor-import.parser';
import { TEMPLATE_EXAMPLE } from '../src/modules/imports/tutor-import.template';
import { createPerson, TEST_PASSWORD } from './support/fixtures';
import { GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';

describe('the tutor import template (XLSX with column help)', () => {
  let t: TestApp;
  let coordinator: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    const person = await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'LV' }], { preferredLanguage: 'lv' });
    coordinator = new GqlClient(t.baseUrl);
    await coordinator.login(person.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const download = (client: GqlClient | null, query = '') =>
    fetch(`${t.baseUrl}/api/imports/tutors/template.xlsx${query}`, {
      headers: client ? { cookie: client.cookie!, 'x-forwarded-for': client.ip } : {},
    });

  async function workbookOf(res: Response): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    return workbook;
  }

  /** The help sheet's rows below its headings, as [column, meaning, required, format, example]. */
  const helpRows = (workbook: ExcelJS.Workbook) => {
    const rows: string[][] = [];
    workbook.getWorksheet('Help')!.eachRow((row, n) => {
      if (n > 4) rows.push((row.values as unknown[]).slice(1).map(String));
    });
    return rows;
  };

  it('gives the header row, one example row and a help sheet in the viewer’s language', async () => {
    const res = await download(coordinator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="tutors-template-lv.xlsx"');
    const workbook = await workbookOf(res);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tutors', 'Help']);
    const tutors = workbook.getWorksheet('Tutors')!;
    expect((tutors.getRow(1).values as unknown[]).slice(1)).toEqual([...TUTOR_IMPORT_COLUMNS]);
    expect((tutors.getRow(2).values as unknown[]).slice(1)).toEqual(
      TUTOR_IMPORT_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c]),
    );
    expect(tutors.rowCount).toBe(2);

    const help = workbook.getWorksheet('Help')!;
    expect(help.getCell('A1').value).toBe('Prakses vadītāju imports: kolonnas');
    expect((help.getRow(4).values as unknown[]).slice(1)).toEqual([
      'Kolonna',
      'Nozīme',
      'Obligāts',
      'Formāts',
      'Piemērs',
    ]);
    const rows = helpRows(workbook);
    expect(rows.map((r) => r[0])).toEqual([...TUTOR_IMPORT_COLUMNS]);
    expect(rows.find((r) => r[0] === 'email')?.[2]).toBe('jā');
    expect(rows.find((r) => r[0] === 'languages')).toEqual([
      'languages',
      'Valodas, kurās prakses vadītājs var strādāt',
      'nē',
      'Ar komatiem atdalīti divburtu valodu kodi',
      'et,en',
    ]);
  });

  it('writes the help in the language asked for, and refuses a language it does not have', async () => {
    const workbook = await workbookOf(await download(coordinator, '?language=ru'));
    expect(workbook.getWorksheet('Help')!.getCell('A1').value).toBe('Импорт наставников: столбцы');
    const rows = helpRows(workbook);
    expect(rows.find((r) => r[0] === 'years_of_experience')?.slice(1, 4)).toEqual([
      'Опыт в годах в качестве наставника или в профессии',
      'нет',
      'Целое число от 0 до 70',
    ]);
    expect(rows.every((r) => r[1] && r[3])).toBe(true);

    const bad = await download(coordinator, '?language=de');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('VALIDATION_FAILED');
  });

  it('is read by the import itself: the example row comes back as one tutor', async () => {
    const bytes = Buffer.from(await (await download(coordinator, '?language=en')).arrayBuffer());
    const sheet = await parseTutorSheet(bytes);
    expect(sheet.rows).toEqual([
      { row: 2, cells: Object.fromEntries(TUTOR_IMPORT_COLUMNS.map((c) => [c, String(TEMPLATE_EXAMPLE[c])])) },
    ]);
  });

  it('is only for coordinators and administrators', async () => {
    expect((await download(null)).status).toBe(401);
    const tutor = await createPerson(t.db, [{ role: 'TUTOR' }]);
    const client = new GqlClient(t.baseUrl);
    await client.login(tutor.email, TEST_PASSWORD);
    expect((await download(client)).status).toBe(403);
  });
});
