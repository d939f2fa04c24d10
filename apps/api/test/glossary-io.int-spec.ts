import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import type { GqlClient } from './support/gql-client';
import { cast } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

interface RowError {
  row: number;
  column: string;
  language: string | null;
  code: string;
}
interface ImportBody {
  dryRun?: boolean;
  totalRows?: number;
  summary?: { new: number; updated: number; unchanged: number };
  errors?: RowError[];
  rows?: { row: number; action: string; id: string | null; term: string }[];
  error?: { code: string; message: string; reason?: string; rowErrors?: RowError[] };
}

const SAVE = `mutation S($input: SaveGlossaryTermInput!) { saveGlossaryTerm(input: $input) { id } }`;
const HEADER = 'id,domain,related,en_term,en_part_of_speech,en_definition,lv_term,lv_part_of_speech';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tbx type="TBX-Basic"><text><body><conceptEntry id="c1"><descrip type="subjectField">WBL</descrip>
<langSec xml:lang="en"><termSec><term>&lol3;</term></termSec></langSec></conceptEntry></body></text></tbx>`;
const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE tbx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<tbx type="TBX-Basic"><text><body><conceptEntry id="c1"><descrip type="subjectField">WBL</descrip>
<langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>`;

describe('dictionary import and export', () => {
  let t: TestApp;
  const as = cast(() => t, {
    admin: { role: 'ADMIN' },
    coordinator: { role: 'COORDINATOR', countryCode: 'EE' },
    tutor: { role: 'TUTOR' },
  });
  let admin: GqlClient;

  const headers = (client: GqlClient | null) => ({
    'x-tandem-upload': '1',
    ...(client ? { 'x-forwarded-for': client.ip, ...(client.cookie ? { cookie: client.cookie } : {}) } : {}),
  });
  const upload = async (
    client: GqlClient,
    name: string,
    bytes: Buffer | string,
    dryRun: boolean,
  ): Promise<{ status: number; body: ImportBody }> => {
    const form = new FormData();
    form.append('dryRun', String(dryRun));
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    form.append('file', new Blob([new Uint8Array(data)]), name);
    const res = await fetch(`${t.baseUrl}/api/glossary/import`, {
      method: 'POST',
      headers: headers(client),
      body: form,
    });
    return { status: res.status, body: (await res.json()) as ImportBody };
  };
  const download = async (client: GqlClient, format: 'csv' | 'xlsx' | 'tbx') => {
    const res = await fetch(`${t.baseUrl}/api/glossary/export.${format}`, { headers: headers(client) });
    expect(res.status).toBe(200);
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  /** Everything an import could change, to compare before and after. */
  const snapshot = async () => ({
    terms: await t.db.query(`SELECT id, domain FROM glossary_term ORDER BY id`),
    entries: await t.db.query(`SELECT * FROM glossary_entry ORDER BY term_id, language`),
    relations: await t.db.query(`SELECT * FROM glossary_term_relation ORDER BY term_id, related_id`),
  });
  const termCount = async () => Number((await t.db.query(`SELECT count(*) AS n FROM glossary_term`))[0].n);

  let safety: string;
  let helmet: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await as('admin');
    const save = async (input: unknown) => {
      const res = await admin.request<{ saveGlossaryTerm: { id: string } }>(SAVE, { input });
      expect(res.errors).toBeUndefined();
      return res.data!.saveGlossaryTerm.id;
    };
    safety = await save({
      domain: 'CONSTRUCTION',
      entries: [
        {
          language: 'en',
          term: 'occupational safety',
          partOfSpeech: 'NOUN',
          definition: 'Rules & practice that keep <workers> "safe"',
          example: '=SUM(A1) is not a formula here',
          synonyms: ['work safety', 'safety at work'],
        },
        { language: 'lv', term: 'darba drošība', partOfSpeech: 'NOUN' },
        { language: 'lt', term: 'darbų sauga', partOfSpeech: 'PHRASE' },
      ],
    });
    helmet = await save({
      domain: 'CONSTRUCTION',
      entries: [
        { language: 'en', term: 'safety helmet', partOfSpeech: 'NOUN' },
        { language: 'et', term: 'kaitsekiiver' },
        { language: 'ru', term: 'защитная каска', synonyms: ['каска'] },
      ],
      relatedIds: [safety],
    });
  });
  afterAll(() => t.close());

  describe('export', () => {
    it('writes a CSV with one row per concept and a column group per language', async () => {
      const { res, bytes } = await download(await as('tutor'), 'csv');
      expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="dictionary-.*\.csv"/);
      const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\ufeff/, ''), {
        header: true,
        skipEmptyLines: true,
      }).data;
      const row = rows.find((r) => r['id'] === safety)!;
      expect(row).toMatchObject({
        domain: 'CONSTRUCTION',
        en_term: 'occupational safety',
        en_part_of_speech: 'NOUN',
        en_synonyms: 'work safety; safety at work',
        en_status: 'REVIEWED',
        lv_term: 'darba drošība',
        et_term: '',
        related: helmet,
      });
      // A cell that would run as a formula in a spreadsheet is written as text.
      expect(row['en_example']).toBe("'=SUM(A1) is not a formula here");
    });

    it('writes an XLSX workbook with the same columns', async () => {
      const { bytes } = await download(admin, 'xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const header = (sheet.getRow(1).values as string[]).slice(1);
      expect(header.slice(0, 5)).toEqual(['id', 'domain', 'related', 'en_term', 'en_part_of_speech']);
      const values = [2, 3].map((r) => (sheet.getRow(r).values as string[]).slice(1));
      const ru = values.find((v) => v[0] === helmet)!;
      expect(ru[header.indexOf('ru_term')]).toBe('защитная каска');
      expect(ru[header.indexOf('ru_synonyms')]).toBe('каска');
    });

    it('writes well-formed TBX with concepts, language sections, terms, parts of speech and definitions', async () => {
      const { bytes } = await download(admin, 'tbx');
      const xml = bytes.toString('utf8');
      const parser = new SaxesParser({ xmlns: true });
      const found: { name: string; attrs: Record<string, string>; text: string }[] = [];
      let current: (typeof found)[number] | null = null;
      parser.on('opentag', (tag) => {
        current = {
          name: tag.local,
          attrs: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])),
          text: '',
        };
        found.push(current);
      });
      parser.on('text', (text) => {
        if (current) current.text += text;
      });
      parser.write(xml).close();
      expect(found[0]).toMatchObject({ name: 'tbx', attrs: { type: 'TBX-Basic' } });
      expect(found.filter((n) => n.name === 'conceptEntry').map((n) => n.attrs['id'])).toEqual(
        expect.arrayContaining([`term-${safety}`, `term-${helmet}`]),
      );
      expect(found.filter((n) => n.name === 'langSec').map((n) => n.attrs['xml:lang'])).toEqual(
        expect.arrayContaining(['en', 'lv', 'lt', 'et', 'ru']),
      );
      expect(found.find((n) => n.name === 'term' && n.text.trim() === 'darba drošība')).toBeDefined();
      expect(found.find((n) => n.attrs['type'] === 'definition')?.text.trim()).toBe(
        'Rules & practice that keep <workers> "safe"',
      );
      expect(found.find((n) => n.attrs['type'] === 'partOfSpeech')?.text.trim()).toBe('noun');
      expect(xml).toContain('Rules &amp; practice that keep &lt;workers&gt; &quot;safe&quot;');
    });

    it('is for signed-in readers only', async () => {
      expect((await fetch(`${t.baseUrl}/api/glossary/export.csv`)).status).toBe(401);
    });
  });

  describe('import', () => {
    it('imports its own export back without changing anything (CSV, XLSX and TBX)', async () => {
      for (const format of ['csv', 'xlsx', 'tbx'] as const) {
        const before = await snapshot();
        const { bytes } = await download(admin, format);
        const res = await upload(admin, `dictionary.${format}`, bytes, false);
        expect({ format, status: res.status, errors: res.body.errors }).toEqual({ format, status: 200, errors: [] });
        expect(res.body.summary).toEqual({ new: 0, updated: 0, unchanged: 2 });
        expect(await snapshot()).toEqual(before);
      }
    });

    it('previews every row with its errors and writes nothing', async () => {
      const csv = [
        HEADER,
        ',ICT,,server,NOUN,A computer that serves others,serveris,NOUN',
        ',COOKING,,knife,NOUN,,nazis,NOUN',
        ',ICT,,router,NOUNISH,,,',
        ',ICT,,,,A definition without its term,,',
      ].join('\r\n');
      const before = await termCount();
      const res = await upload(admin, 'terms.csv', csv, true);
      expect(res.status).toBe(200);
      expect(res.body.totalRows).toBe(4);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ row: 3, column: 'domain', code: 'INVALID_DOMAIN' }),
        expect.objectContaining({
          row: 4,
          column: 'en_part_of_speech',
          language: 'en',
          code: 'INVALID_PART_OF_SPEECH',
        }),
        expect.objectContaining({ row: 5, column: 'en_term', language: 'en', code: 'REQUIRED' }),
      ]);
      expect(res.body.rows).toEqual([expect.objectContaining({ row: 2, action: 'NEW', term: 'server' })]);
      expect(await termCount()).toBe(before);
    });

    it('applies nothing when one row is bad, and names the row', async () => {
      const before = await snapshot();
      const csv = [
        HEADER,
        ',ICT,,firewall,NOUN,,ugunsmūris,NOUN',
        `${safety},CONSTRUCTION,,occupational safety,NOUN,Changed,darba drošība,NOUN`,
        ',ICT,,patch,NOUN,,ielāps,VERBAL',
      ].join('\n');
      const res = await upload(admin, 'terms.csv', csv, false);
      expect(res.status).toBe(400);
      expect(res.body.error?.code).toBe('VALIDATION_FAILED');
      expect(res.body.error?.rowErrors).toEqual([
        expect.objectContaining({
          row: 4,
          column: 'lv_part_of_speech',
          language: 'lv',
          code: 'INVALID_PART_OF_SPEECH',
        }),
      ]);
      expect(await snapshot()).toEqual(before);
    });

    it('updates terms matched by id or by English term and domain, creates the others', async () => {
      const csv = [
        HEADER,
        `,CONSTRUCTION,${safety},Safety Helmet,NOUN,Protects the head,aizsargķivere,NOUN`,
        ',METALWORK,,welding torch,NOUN,,metināšanas deglis,NOUN',
        `${safety},CONSTRUCTION,,occupational safety,NOUN,Rules & practice that keep <workers> "safe",darba drošība,NOUN`,
      ].join('\n');
      const preview = await upload(admin, 'terms.csv', csv, true);
      expect(preview.body.summary).toEqual({ new: 1, updated: 1, unchanged: 1 });
      expect(preview.body.rows?.[0]).toMatchObject({ row: 2, action: 'UPDATED', id: helmet });
      const res = await upload(admin, 'terms.csv', csv, false);
      expect(res.status).toBe(200);
      expect(res.body.summary).toEqual({ new: 1, updated: 1, unchanged: 1 });
      const entries = await t.db.query(
        `SELECT language, term, definition, status FROM glossary_entry WHERE term_id = $1 ORDER BY language`,
        [helmet],
      );
      expect(entries).toEqual([
        { language: 'en', term: 'Safety Helmet', definition: 'Protects the head', status: 'REVIEWED' },
        { language: 'et', term: 'kaitsekiiver', definition: null, status: 'REVIEWED' },
        { language: 'lv', term: 'aizsargķivere', definition: null, status: 'REVIEWED' },
        // A language left empty in the file keeps its entry.
        { language: 'ru', term: 'защитная каска', definition: null, status: 'REVIEWED' },
      ]);
      const search = await admin.request<{ glossaryTerms: { entries: { term: string }[] }[] }>(
        `query { glossaryTerms(search: "metinasanas deglis") { entries { term } } }`,
      );
      expect(search.data?.glossaryTerms[0]?.entries.map((e) => e.term)).toContain('welding torch');
      const again = await upload(admin, 'terms.csv', csv, false);
      expect(again.body.summary).toEqual({ new: 0, updated: 0, unchanged: 3 });
    });

    it('refuses unknown ids and a concept given twice', async () => {
      const csv = [
        HEADER,
        `00000000-0000-4000-8000-000000000000,ICT,,ghost,NOUN,,,`,
        ',ICT,,duplicate,NOUN,,,',
        ',ict,,Duplicate,noun,,,',
      ].join('\n');
      const res = await upload(admin, 'terms.csv', csv, true);
      expect(res.body.errors?.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'id', 'UNKNOWN_ID'],
        [4, 'en_term', 'DUPLICATE'],
      ]);
    });

    it('reads TBX from other tools (TBX v2 termEntry/langSet/tig, their own ids)', async () => {
      const tbx = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="ext-17"><descrip type="subjectField">tourism</descrip>
    <langSet xml:lang="en-GB"><tig><term>guided tour</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
    <langSet xml:lang="de"><tig><term>Führung</term></tig></langSet>
    <langSet xml:lang="et"><descrip type="definition">Giidiga &amp; ekskursioon</descrip><tig><term>giidiga ekskursioon</term></tig><tig><term>ringkäik</term></tig></langSet>
  </termEntry>
</body></text></martif>`;
      const res = await upload(admin, 'other.tbx', tbx, false);
      expect(res.status).toBe(200);
      expect(res.body.summary).toEqual({ new: 1, updated: 0, unchanged: 0 });
      const [et] = await t.db.query(
        `SELECT e.term, e.definition, e.synonyms, t.domain FROM glossary_entry e JOIN glossary_term t ON t.id = e.term_id
          WHERE e.language = 'et' AND e.term = 'giidiga ekskursioon'`,
      );
      expect(et).toEqual({
        term: 'giidiga ekskursioon',
        definition: 'Giidiga & ekskursioon',
        synonyms: ['ringkäik'],
        domain: 'TOURISM',
      });
    });
  });

  describe('safety', () => {
    it.each([
      ['billion laughs', BILLION_LAUGHS],
      ['an external entity', EXTERNAL_ENTITY],
    ])('refuses a TBX with %s, and stores nothing', async (_name, xml) => {
      const before = await snapshot();
      for (const dryRun of [true, false]) {
        const res = await upload(admin, 'attack.tbx', xml, dryRun);
        expect(res.status).toBe(400);
        expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'DTD_FORBIDDEN' });
      }
      expect(await snapshot()).toEqual(before);
    });

    it('refuses an entity reference that XML does not define', async () => {
      const xml = `<tbx><text><body><conceptEntry id="c1"><descrip type="subjectField">WBL</descrip><langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>`;
      const res = await upload(admin, 'attack.tbx', xml, false);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'NOT_XML' });
    });

    it('refuses a file that is not what its name says', async () => {
      const { bytes: xlsx } = await download(admin, 'xlsx');
      const cases: [string, Buffer | string, string][] = [
        ['terms.xlsx', `${HEADER}\n,ICT,,server,NOUN,,,`, 'TYPE_MISMATCH'],
        ['terms.tbx', `${HEADER}\n,ICT,,server,NOUN,,,`, 'TYPE_MISMATCH'],
        ['terms.csv', xlsx, 'TYPE_MISMATCH'],
        ['terms.csv', '<tbx></tbx>', 'TYPE_MISMATCH'],
        ['terms.tbx', '<html><body>not a term base</body></html>', 'NOT_TBX'],
        ['terms.pdf', '%PDF-1.4', 'UNSUPPORTED_TYPE'],
        ['terms.csv', Buffer.from([0x65, 0x6e, 0xff, 0xfe, 0x0a]), 'NOT_UTF8'],
      ];
      const before = await termCount();
      for (const [name, bytes, reason] of cases) {
        const res = await upload(admin, name, bytes, false);
        expect({ name, status: res.status, code: res.body.error?.code, reason: res.body.error?.reason }).toEqual({
          name,
          status: 400,
          code: 'VALIDATION_FAILED',
          reason,
        });
      }
      expect(await termCount()).toBe(before);
    });

    it('refuses a tutor and a coordinator (editor of a country, not of the programme-wide term base)', async () => {
      const csv = `${HEADER}\n,ICT,,keyboard,NOUN,,,`;
      for (const who of ['tutor', 'coordinator'] as const) {
        for (const dryRun of [true, false]) {
          const res = await upload(await as(who), 'terms.csv', csv, dryRun);
          expect({ who, status: res.status, code: res.body.error?.code }).toEqual({
            who,
            status: 403,
            code: 'FORBIDDEN',
          });
        }
      }
      expect((await t.db.query(`SELECT 1 FROM glossary_entry WHERE term = 'keyboard'`)).length).toBe(0);
    });
  });
});
