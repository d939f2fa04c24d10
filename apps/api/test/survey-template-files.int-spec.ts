import ExcelJS from 'exceljs';
import { givenEdition } from './support/factories/training-sessions';
import type { GqlClient } from './support/gql-client';
import { cast } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

interface FieldError {
  field: string;
  rule: string;
  params?: Record<string, string | number>;
}
interface Report {
  dryRun: boolean;
  format: 'JSON' | 'XLSX';
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  templateId: string | null;
  templateKey: string;
  languages: { language: string; added: number; changed: number; removed: number }[];
  texts: { key: string; language: string; change: string; before: string | null; after: string | null }[];
  textChangeCount: number;
  questions: { added: string[]; removed: string[]; changed: string[] };
  settings: string[];
  errorCount: number;
  errors: FieldError[];
}
interface ErrorBody {
  error: { code: string; fields?: FieldError[]; changes?: { change: string; questionCode: string | null }[] };
}
interface Question {
  code: string;
  type: string;
  required: boolean;
  text: Record<string, string>;
  options?: { code: string; text: Record<string, string> }[];
}
interface TemplateDoc {
  format: string;
  formatVersion: number;
  key: string;
  kind: string;
  mode: string;
  textsMayBeQuoted: boolean;
  title: Record<string, string>;
  intro: Record<string, string>;
  thankYou: Record<string, string>;
  questions: Question[];
}

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('survey templates as files: JSON and a translators’ spreadsheet, export and import', () => {
  let t: TestApp;
  let standardId: string;
  const as = cast(() => t, {
    admin: { role: 'ADMIN' },
    trainer: { role: 'TRAINER', countryCode: 'EE' },
    coordinator: { role: 'COORDINATOR', countryCode: 'EE' },
    tutor: { role: 'TUTOR' },
  });

  const headers = (c: GqlClient) => ({
    'x-tandem-upload': '1',
    'x-forwarded-for': c.ip,
    ...(c.cookie ? { cookie: c.cookie } : {}),
  });
  const get = async (c: GqlClient, id: string, file: 'template.json' | 'translations.xlsx') =>
    fetch(`${t.baseUrl}/api/survey-templates/${id}/${file}`, { headers: headers(c) });
  const exportJson = async (id: string) =>
    (await (await get(await as('admin'), id, 'template.json')).json()) as TemplateDoc;
  const exportXlsx = async (id: string) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await get(await as('admin'), id, 'translations.xlsx')).arrayBuffer());
    return book;
  };
  const upload = async (
    body: Buffer | string | object,
    {
      dryRun = true,
      templateId,
      name = 'file',
      who = 'admin' as const,
    }: {
      dryRun?: boolean;
      templateId?: string;
      name?: string;
      who?: 'admin' | 'trainer' | 'coordinator' | 'tutor';
    } = {},
  ) => {
    const form = new FormData();
    form.append('dryRun', String(dryRun));
    if (templateId) form.append('templateId', templateId);
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${t.baseUrl}/api/survey-templates/import`, {
      method: 'POST',
      headers: headers(await as(who)),
      body: form,
    });
    return { status: res.status, body: (await res.json()) as Report & ErrorBody };
  };
  const bytesOf = async (book: ExcelJS.Workbook) => Buffer.from(await book.xlsx.writeBuffer());
  /** Everything an import could change. */
  const snapshot = async () => ({
    templates: await t.db.query(`SELECT * FROM survey_template ORDER BY key`),
    audit: await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE operation LIKE 'importSurveyTemplate%'`),
  });
  const rowsOf = (sheet: ExcelJS.Worksheet) => {
    const out: Record<string, string[]> = {};
    sheet.eachRow((row, n) => {
      if (n > 1) out[row.getCell(1).text] = [2, 3, 4, 5, 6].map((i) => row.getCell(i).text);
    });
    return out;
  };
  /** A template of its own for a test (imported), so that tests do not change what others read. */
  const givenTemplate = async (key: string, change: (d: TemplateDoc) => void = () => undefined) => {
    const d = { ...copy(await exportJson(standardId)), key };
    change(d);
    const res = await upload(d, { dryRun: false });
    expect(res.body.action).toBe('CREATE');
    return { id: res.body.templateId as string, document: d };
  };

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: standardId }] = await t.db.query(`SELECT id FROM survey_template WHERE key = 'after-session'`);
  }, 60_000);
  afterAll(() => t?.close());

  it('exports the whole definition as JSON with a versioned format and stable codes; importing it back changes nothing', async () => {
    const res = await get(await as('admin'), standardId, 'template.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('survey-template-after-session.json');
    const d = (await res.json()) as TemplateDoc;
    expect(d).toMatchObject({
      format: 'tandem.survey-template',
      formatVersion: 1,
      key: 'after-session',
      kind: 'FEEDBACK',
    });
    expect(d.questions.map((q) => q.code)).toEqual(['S1', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q5A', 'Q6', 'Q7']);
    expect(d.questions.find((q) => q.code === 'Q5')?.options?.map((o) => o.code)).toEqual([
      'TOO_SLOW',
      'RIGHT',
      'TOO_FAST',
    ]);
    const before = await snapshot();
    const dry = await upload(d);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, action: 'UNCHANGED', templateId: standardId, textChangeCount: 0 });
    const applied = await upload(d, { dryRun: false });
    expect(applied.body).toMatchObject({ dryRun: false, action: 'UNCHANGED' });
    expect(await snapshot()).toEqual(before);
    expect(await exportJson(standardId)).toEqual(d);
  });

  it('creates a new template from a JSON document with an unknown key: its export is the same definition', async () => {
    const d = { ...copy(await exportJson(standardId)), key: 'round-trip' };
    const before = await snapshot();
    const dry = await upload(d);
    expect(dry.body).toMatchObject({ action: 'CREATE', templateId: null, templateKey: 'round-trip' });
    expect(dry.body.questions.added).toHaveLength(9);
    expect(dry.body.languages.find((l) => l.language === 'et')?.added).toBe(dry.body.textChangeCount / 5);
    expect(await snapshot()).toEqual(before);
    const applied = await upload(d, { dryRun: false });
    expect(applied.status).toBe(200);
    expect(applied.body.action).toBe('CREATE');
    expect(await exportJson(applied.body.templateId as string)).toEqual(d);
    const [audit] = await t.db.query(
      `SELECT summary FROM audit_event WHERE operation = 'importSurveyTemplate' AND target_id = $1`,
      [applied.body.templateId],
    );
    expect(audit.summary).toContain('Created the template round-trip');
  });

  it('updates a template by its key: the dry run reports the changes per language and writes nothing; the apply writes them', async () => {
    const { id, document } = await givenTemplate('update-by-key');
    const d = copy(document);
    d.questions[1].text.et = 'Uus tekst';
    delete d.title.lv;
    d.questions.push({ code: 'Q8', type: 'TEXT', required: false, text: { en: 'Anything else?' } });
    d.mode = 'CONFIDENTIAL';
    const before = await snapshot();
    const dry = await upload(d);
    expect(dry.body).toMatchObject({ action: 'UPDATE', templateId: id, settings: ['mode'] });
    expect(dry.body.questions).toEqual({ added: ['Q8'], removed: [], changed: [] });
    const count = (language: string) => dry.body.languages.find((l) => l.language === language);
    expect(count('et')).toEqual({ language: 'et', added: 0, changed: 1, removed: 0 });
    expect(count('lv')).toEqual({ language: 'lv', added: 0, changed: 0, removed: 1 });
    expect(count('en')).toEqual({ language: 'en', added: 1, changed: 0, removed: 0 });
    expect(dry.body.texts).toContainEqual({
      key: 'questions.Q1.text',
      language: 'et',
      change: 'CHANGED',
      before: document.questions[1].text.et,
      after: 'Uus tekst',
    });
    expect(await snapshot()).toEqual(before);
    const applied = await upload(d, { dryRun: false });
    expect(applied.body.action).toBe('UPDATE');
    expect(await exportJson(id)).toEqual(d);
  });

  it('refuses, also in a dry run, to remove or retype a question or remove an option once surveys of the template have responses', async () => {
    const { id, document } = await givenTemplate('answered');
    const { editionId } = await givenEdition(t.db);
    const [survey] = await t.db.query(
      `INSERT INTO survey (edition_id, template_id, kind, mode, status, title)
       VALUES ($1, $2, 'NEEDS_ANALYSIS', 'ANONYMOUS', 'OPEN', '{"en":"x"}') RETURNING id`,
      [editionId, id],
    );
    await t.db.query(
      `INSERT INTO survey_question (survey_id, position, code, type, text, required, options)
       SELECT $1, q.ord, q.d->>'code', q.d->>'type', q.d->'text', false, coalesce(q.d->'options', '[]')
         FROM survey_template t CROSS JOIN LATERAL jsonb_array_elements(t.questions) WITH ORDINALITY AS q(d, ord)
        WHERE t.id = $2`,
      [survey.id, id],
    );
    // Questions a survey asked but nobody answered yet may still change.
    const removed = copy(document);
    removed.questions = removed.questions.filter((q) => q.code !== 'Q7');
    expect((await upload(removed)).body.action).toBe('UPDATE');
    await t.db.query(
      `INSERT INTO survey_response (survey_id, submitted_on, language) VALUES ($1, current_date, 'en')`,
      [survey.id],
    );
    const before = await snapshot();
    const retyped = copy(document);
    retyped.questions[1].type = 'SCALE_0_10';
    const noOption = copy(document);
    noOption.questions.find((q) => q.code === 'Q5')!.options!.pop();
    const otherKind = { ...copy(document), kind: 'FINAL_EVALUATION' };
    for (const [d, change] of [
      [removed, { change: 'REMOVED', questionCode: 'Q7' }],
      [retyped, { change: 'RETYPED', questionCode: 'Q1' }],
      [noOption, { change: 'OPTION_REMOVED', questionCode: 'Q5', optionCode: 'TOO_FAST' }],
      [otherKind, { change: 'KIND', questionCode: null }],
    ] as const)
      for (const dryRun of [true, false]) {
        const res = await upload(d, { dryRun });
        expect(res.status).toBe(409);
        expect(res.body.error).toMatchObject({ code: 'TEMPLATE_NOT_COMPARABLE', surveyCount: 1, changes: [change] });
      }
    // The GraphQL edit of a template follows the same rule.
    const viaGraphql = await (
      await as('admin')
    ).request(`mutation U($input: UpdateSurveyTemplateInput!) { updateSurveyTemplate(input: $input) { id } }`, {
      input: { id, definition: JSON.stringify(removed) },
    });
    expect(viaGraphql.errors?.[0]?.extensions['code']).toBe('TEMPLATE_NOT_COMPARABLE');
    expect(await snapshot()).toEqual(before);
    // Adding a question, a text or an option, and reordering, keep results comparable.
    const added = copy(document);
    added.questions.push({ code: 'Q9', type: 'LIKERT_5', required: false, text: { en: 'One more' } });
    added.questions.find((q) => q.code === 'Q5')!.options!.push({ code: 'VARIED', text: { en: 'it varied' } });
    added.questions.push(added.questions.shift()!);
    const ok = await upload(added, { dryRun: false });
    expect(ok.body.error).toBeUndefined();
    expect(ok.body.action).toBe('UPDATE');
  });

  it('exports a translators’ spreadsheet: a row per text, a column per language, missing ones marked, formulas kept as text, a README', async () => {
    const { id } = await givenTemplate('translators', (d) => {
      delete d.questions[1].text.lv;
      d.questions[2].text.en = '=HYPERLINK("http://evil.example","click")';
    });
    const res = await get(await as('admin'), id, 'translations.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(['Translations', 'README']);
    const sheet = book.worksheets[0];
    expect((sheet.getRow(1).values as string[]).slice(1).map((v) => v.slice(0, 2))).toEqual([
      'ke',
      'en',
      'et',
      'lv',
      'lt',
      'ru',
    ]);
    const rows = rowsOf(sheet);
    expect(Object.keys(rows)).toHaveLength(3 + 9 + 3 + 4);
    expect(rows['questions.Q1.text'][2]).toBe('');
    let fill: ExcelJS.Fill | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).text === 'questions.Q1.text') fill = row.getCell(4).fill;
      for (let i = 1; i <= 6; i++) expect(row.getCell(i).formula).toBeUndefined();
    });
    expect(fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFF3BF' } });
    expect(rows['questions.Q2.text'][0]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    const readme = book.getWorksheet('README')!;
    expect(readme.getRow(1).getCell(2).text).toBe('translators');
    expect(readme.getColumn(2).values.join(' ')).toContain('lv: 1');
  });

  it('imports the translations of a spreadsheet: the dry run counts them per language and writes nothing; export again shows them', async () => {
    const { id } = await givenTemplate('translated', (d) => {
      for (const q of d.questions) delete q.text.lt;
      d.questions[3].text.en = '-5 is a formula-like text';
    });
    const book = await exportXlsx(id);
    const sheet = book.worksheets[0];
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).text.endsWith('.text')) row.getCell(5).value = `LT ${row.getCell(1).text}`;
      if (row.getCell(1).text === 'title') row.getCell(3).value = 'Uus pealkiri';
    });
    const before = await snapshot();
    const dry = await upload(await bytesOf(book), { templateId: id, name: 'translations.xlsx' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, format: 'XLSX', action: 'UPDATE', errorCount: 0 });
    const lt = dry.body.languages.find((l) => l.language === 'lt');
    expect(lt).toEqual({ language: 'lt', added: 9, changed: 0, removed: 0 });
    expect(dry.body.languages.find((l) => l.language === 'et')).toEqual({
      language: 'et',
      added: 0,
      changed: 1,
      removed: 0,
    });
    // The formula-like English text came back without its apostrophe: unchanged.
    expect(dry.body.languages.find((l) => l.language === 'en')?.changed).toBe(0);
    expect(await snapshot()).toEqual(before);
    const applied = await upload(await bytesOf(book), { templateId: id, dryRun: false });
    expect(applied.body).toMatchObject({ action: 'UPDATE', textChangeCount: 10 });
    const after = await exportJson(id);
    expect(after.title.et).toBe('Uus pealkiri');
    expect(after.questions[3].text).toMatchObject({ en: '-5 is a formula-like text', lt: 'LT questions.Q3.text' });
    expect(rowsOf((await exportXlsx(id)).worksheets[0])['questions.Q1.text'][3]).toBe('LT questions.Q1.text');
    // The same file again changes nothing more.
    expect((await upload(await bytesOf(book), { templateId: id, dryRun: false })).body.action).toBe('UNCHANGED');
  });

  it('lists a spreadsheet’s row errors in the dry run (unknown key, empty English, a key twice) and refuses the apply', async () => {
    const { id } = await givenTemplate('row-errors');
    const book = await exportXlsx(id);
    const sheet = book.worksheets[0];
    sheet.addRow(['questions.NOPE.text', 'x', 'y']);
    sheet.addRow(['title', '', 'Ainult eesti keeles']);
    sheet.addRow(['', '', 'ilma võtmeta']);
    sheet.getRow(3).getCell(2).value = '';
    const before = await snapshot();
    const dry = await upload(await bytesOf(book), { templateId: id });
    expect(dry.status).toBe(200);
    const last = sheet.rowCount;
    expect(dry.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: `rows.${last - 2}.key`, rule: 'notTemplateText' }),
        expect.objectContaining({ field: `rows.${last - 1}.key`, rule: 'keyTwice' }),
        expect.objectContaining({ field: `rows.${last}.key`, rule: 'required' }),
        expect.objectContaining({ field: 'rows.3.en', rule: 'englishRequired' }),
      ]),
    );
    expect(dry.body.errorCount).toBe(4);
    const applied = await upload(await bytesOf(book), { templateId: id, dryRun: false });
    expect(applied.status).toBe(400);
    expect(applied.body.error.code).toBe('VALIDATION_FAILED');
    expect(applied.body.error.fields?.map((f) => f.field)).toContain(`rows.${last - 2}.key`);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses files that are not a template or its spreadsheet, typed, storing nothing', async () => {
    const d = await exportJson(standardId);
    const xlsx = await bytesOf(await exportXlsx(standardId));
    const { id: otherId } = await givenTemplate('other-template');
    const noColumns = new ExcelJS.Workbook();
    noColumns.addWorksheet('Data').addRow(['name', 'value']);
    const long = copy(d);
    long.questions[1].text.et = 'x'.repeat(100_000);
    const nul = copy(d);
    nul.title.et = 'a\u0000b';
    const before = await snapshot();
    const cases: [string, Awaited<ReturnType<typeof upload>>, string, string][] = [
      ['plain text', await upload('hello, this is not a template'), 'file', 'templateFile'],
      ['a PDF', await upload(Buffer.from('%PDF-1.7\n')), 'file', 'templateFile'],
      ['broken JSON', await upload('{"format": '), 'file', 'notJson'],
      [
        'too big',
        await upload(Buffer.concat([Buffer.from('{"a":"'), Buffer.alloc(3 * 1024 * 1024, 97), Buffer.from('"}')])),
        'file',
        'fileTooLarge',
      ],
      ['another format', await upload({ ...d, format: 'something-else' }), 'format', 'oneOf'],
      ['a newer version', await upload({ ...d, formatVersion: 2 }), 'formatVersion', 'oneOf'],
      ['no questions', await upload({ ...d, questions: [] }), 'questions', 'questionCount'],
      ['a bad key', await upload({ ...d, key: 'Not A Key!' }), 'key', 'templateKey'],
      ['a 100,000-character text', await upload(long), 'questions.1.text.et', 'maxLength'],
      ['a NUL character', await upload(nul), 'title.et', 'nulCharacter'],
      ['a spreadsheet without a template', await upload(xlsx), 'templateId', 'uuid'],
      ['another template’s spreadsheet', await upload(xlsx, { templateId: otherId }), 'file', 'otherTemplate'],
      [
        'a workbook of something else',
        await upload(await bytesOf(noColumns), { templateId: otherId }),
        'file',
        'translationsHeader',
      ],
      [
        'a broken zip',
        await upload(Buffer.from('PK\u0003\u0004broken'), { templateId: otherId }),
        'file',
        'fileNotSpreadsheet',
      ],
    ];
    for (const [what, res, field, rule] of cases) {
      expect({ what, status: res.status, code: res.body.error?.code }).toEqual({
        what,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect({ what, fields: res.body.error.fields }).toEqual({
        what,
        fields: expect.arrayContaining([expect.objectContaining({ field, rule })]),
      });
    }
    expect(await snapshot()).toEqual(before);
    const unknown = await upload(xlsx, { templateId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
  });

  it('lets only ADMIN export and import templates: TRAINER, COORDINATOR and TUTOR are refused', async () => {
    const d = await exportJson(standardId);
    const before = await snapshot();
    for (const who of ['trainer', 'coordinator', 'tutor'] as const) {
      const c = await as(who);
      expect((await get(c, standardId, 'template.json')).status).toBe(403);
      expect((await get(c, standardId, 'translations.xlsx')).status).toBe(403);
      const res = await upload({ ...d, key: `by-${who}` }, { dryRun: false, who });
      expect({ who, status: res.status, code: res.body.error.code }).toEqual({ who, status: 403, code: 'FORBIDDEN' });
    }
    const anonymous = await fetch(`${t.baseUrl}/api/survey-templates/${standardId}/template.json`);
    expect(anonymous.status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it('applies imports on one template at once one after the other (row lock): none loses another’s texts', async () => {
    const { id, document } = await givenTemplate('concurrent', (d) => {
      for (const q of d.questions) delete q.text.lv;
    });
    const book = await exportXlsx(id);
    const fill = async (key: string, value: string) => {
      const copyBook = new ExcelJS.Workbook();
      await copyBook.xlsx.load(await book.xlsx.writeBuffer());
      copyBook.worksheets[0].eachRow((row) => {
        if (row.getCell(1).text === key) row.getCell(4).value = value;
      });
      return bytesOf(copyBook);
    };
    // Each translator fills in one question in Latvian; all send at the same moment.
    const codes = document.questions.map((q) => q.code);
    const files = await Promise.all(codes.map((code) => fill(`questions.${code}.text`, `LV ${code}`)));
    const sent = await Promise.all(files.map((f) => upload(f, { templateId: id, dryRun: false })));
    expect(sent.map((r) => r.status)).toEqual(codes.map(() => 200));
    const after = await exportJson(id);
    expect(after.questions.map((q) => q.text.lv)).toEqual(codes.map((code) => `LV ${code}`));
    // Two whole documents at once: the template ends as one of them, never a mix.
    const one = copy(document);
    one.questions.forEach((q) => (q.text.et = `A ${q.code}`));
    const other = copy(document);
    other.questions.forEach((q) => (q.text.et = `B ${q.code}`));
    const results = await Promise.all([upload(one, { dryRun: false }), upload(other, { dryRun: false })]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const ets = new Set((await exportJson(id)).questions.map((q) => q.text.et[0]));
    expect(ets.size).toBe(1);
    const [audit] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE operation LIKE 'importSurveyTemplate%' AND target_id = $1`,
      [id],
    );
    expect(audit.n).toBe(1 + codes.length + 2);
  });
});
