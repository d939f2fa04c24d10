import { randomBytes } from 'node:crypto';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { createPerson } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { signedInClient } from './support/training-fixtures';

const APPLY = `mutation Apply($input: ApplyToJoinNetworkInput!) { applyToJoinNetwork(input: $input) }`;
const PREFERENCES = `mutation P($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { preferredLanguage } }`;
const UPDATE_EDITION = `mutation E($input: UpdateEditionInput!) { updateEdition(input: $input) { id name } }`;

const fields = (res: GqlResponse<unknown>) =>
  (res.errors?.[0]?.extensions['fields'] as { field: string; message: string }[] | undefined) ?? [];

/** The edge refuses what PostgreSQL cannot store, and nulls for required values, before any service runs. */
describe('input the database cannot store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const application = (overrides: Record<string, unknown>) => ({
    organisationName: 'Kauno staklės UAB',
    kind: 'COMPANY',
    country: 'LT',
    registryCode: randomBytes(4).toString('hex'),
    city: 'Kaunas',
    contactGivenName: 'Aistė',
    contactFamilyName: 'Jonaitienė',
    contactEmail: `contact-${randomBytes(4).toString('hex')}@test.example`,
    preferredLanguage: 'lt',
    message: 'We train two welders a year.',
    ...overrides,
  });

  it.each([
    ['a NUL byte', 'Staklės\u0000UAB', 'nulCharacter', 'must not contain NUL characters'],
    [
      'an unpaired high surrogate',
      'Staklės \ud800 UAB',
      'brokenUnicode',
      'must not contain unpaired surrogates (broken Unicode)',
    ],
    [
      'an unpaired low surrogate',
      '\udc00Staklės',
      'brokenUnicode',
      'must not contain unpaired surrogates (broken Unicode)',
    ],
  ])('refuses %s in a text argument with VALIDATION_FAILED on that field', async (_what, text, rule, message) => {
    const res = await new GqlClient(t.baseUrl).request(APPLY, { input: application({ organisationName: text }) });
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(fields(res)).toEqual([{ field: 'organisationName', rule, message }]);
    expect(await t.db.query(`SELECT 1 FROM network_application WHERE city = 'Kaunas'`)).toEqual([]);
  });

  it('accepts whole characters outside the basic plane (a surrogate pair) as text', async () => {
    const res = await new GqlClient(t.baseUrl).request(APPLY, {
      input: application({ message: 'Welding 🔥 twice a year' }),
    });
    expect(res.errors).toBeUndefined();
  });

  it('refuses invalid text inside nested inputs and lists, naming the path', async () => {
    const admin = await signedInClient(t, (await createPerson(t.db, [{ role: 'ADMIN' }])).id);
    const res = await admin.request(
      `mutation S($input: ScheduleSessionSeriesInput!) { scheduleSessionSeries(input: $input) { id } }`,
      {
        input: {
          session: {
            moduleId: '00000000-0000-4000-8000-000000000000',
            startsAt: '2030-01-01T09:00',
            endsAt: '2030-01-01T12:00',
            timeZone: 'Europe/Riga',
            capacity: 10,
            venue: 'Hall',
            language: 'en',
          },
          dates: [{ startsAt: '2030-01-02T09:00', endsAt: '2030-01-02T12:00', enrolmentDeadline: '2030\u0000' }],
        },
      },
    );
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(fields(res)).toEqual([
      { field: 'dates.0.enrolmentDeadline', rule: 'nulCharacter', message: 'must not contain NUL characters' },
    ]);
  });

  it('refuses a NUL in an uploaded file name with VALIDATION_FAILED', async () => {
    const coordinator = await signedInClient(
      t,
      (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'EE' }])).id,
    );
    const form = new FormData();
    form.append('dryRun', 'true');
    form.append('file', new Blob(['email,given_name\n'], { type: 'text/csv' }), 'tutors\u0000.csv');
    const res = await fetch(`${t.baseUrl}/api/imports/tutors`, {
      method: 'POST',
      headers: { cookie: coordinator.cookie!, 'x-tandem-upload': '1' },
      body: form,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses null for optional inputs stored in required columns (leaving them out changes nothing)', async () => {
    const person = await createPerson(t.db);
    const me = await signedInClient(t, person.id);
    const nullLanguage = await me.request(PREFERENCES, { input: { preferredLanguage: null } });
    expect(errorCode(nullLanguage)).toBe('VALIDATION_FAILED');
    expect(fields(nullLanguage).map((f) => f.field)).toEqual(['preferredLanguage']);
    const leftOut = await me.request(PREFERENCES, { input: { timeZone: 'Europe/Riga' } });
    expect(leftOut.data).toEqual({ updateMyPreferences: { preferredLanguage: 'en' } });

    const admin = await signedInClient(t, (await createPerson(t.db, [{ role: 'ADMIN' }])).id);
    const [programme] = await t.db.query(`INSERT INTO programme (name) VALUES ('Edge test programme') RETURNING id`);
    const [edition] = await t.db.query(
      `INSERT INTO edition (programme_id, name, starts_on, ends_on, target_trained)
       VALUES ($1, 'Edge test edition', '2030-01-01', '2030-12-31', 10) RETURNING id`,
      [programme.id],
    );
    for (const field of ['name', 'targetTrained', 'languages', 'crossBorderTandems', 'timeZone']) {
      const res = await admin.request(UPDATE_EDITION, { input: { id: edition.id, [field]: null } });
      expect([field, errorCode(res)]).toEqual([field, 'VALIDATION_FAILED']);
    }
  });
});
