import { CONSENT_PURPOSES } from '@tandem/shared-domain';
import { PERSON_REFERENCES } from '../src/modules/privacy/person-references';
import { StorageService } from '../src/storage/storage.service';
import { RetentionService } from '../src/modules/privacy/retention.service';
import {
  givenCompetenceProfile,
  givenEdition,
  givenOrganisation,
  givenPerson,
  givenRound,
  givenSelfAssessment,
  givenTandem,
  givenTutor,
} from './support/factories';
import { createPerson, TEST_PASSWORD } from './support/fixtures';
import { errorCode, GqlClient } from './support/gql-client';
import { signInAs, signInAsPerson, type SignedInClient } from './support/sign-in';
import { startTestApp, type TestApp } from './support/test-app';

const MY_CONSENTS = `query { myConsents { purpose granted answered changedAt textVersion } }`;
const HISTORY = `query { myConsentHistory { purpose granted textVersion changedAt } }`;
const SET_ONE = `mutation S($input: SetConsentInput!) { setConsent(input: $input) { purpose granted answered } }`;
const SET_MANY = `mutation S($input: SetConsentsInput!) { setConsents(input: $input) { purpose granted answered } }`;
const COUNTS = `query C($countryCode: String!) { consentCounts(countryCode: $countryCode) { purpose granted refused notAsked } }`;
const REQUEST_EXPORT = `mutation { requestDataExport { id status progress downloadUrl } }`;
const MY_EXPORTS = `query { myDataExports { id status progress downloadUrl expired expiresAt } }`;
const CANDIDATES = `query C($editionId: ID) { myPartnerCandidates(editionId: $editionId) { tutor { id displayName } } }`;

interface Consent {
  purpose: string;
  granted: boolean;
  answered: boolean;
  changedAt?: string | null;
}
interface DataExport {
  id: string;
  status: string;
  progress: number;
  downloadUrl: string | null;
  expired?: boolean;
}

describe('privacy (issue 17)', () => {
  let t: TestApp;
  const tutor = async (options: Parameters<typeof givenTutor>[1] = {}) => {
    const person = await givenTutor(t.db, options);
    return { person, client: await signInAsPerson(t, person) };
  };
  const download = (client: GqlClient | null, path: string) =>
    fetch(`${t.baseUrl}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('consent per purpose', () => {
    it('asks for every purpose with nothing pre-ticked, records each change with its text version, keeps the history', async () => {
      const { person, client } = await tutor();
      const first = (await client.request<{ myConsents: Consent[] }>(MY_CONSENTS)).data!.myConsents;
      expect(first.map((c) => c.purpose)).toEqual([...CONSENT_PURPOSES]);
      expect(first.every((c) => !c.granted && !c.answered && c.changedAt === null)).toBe(true);

      const set = await client.request<{ setConsents: Consent[] }>(SET_MANY, {
        input: {
          consents: CONSENT_PURPOSES.map((purpose) => ({ purpose, granted: purpose !== 'STUDY_VISIT_MEDIA' })),
        },
      });
      expect(set.errors).toBeUndefined();
      expect(set.data!.setConsents.every((c) => c.answered)).toBe(true);
      const withdrawn = await client.request<{ setConsent: Consent[] }>(SET_ONE, {
        input: { purpose: 'RESEARCH', granted: false },
      });
      expect(withdrawn.data!.setConsent.find((c) => c.purpose === 'RESEARCH')).toMatchObject({ granted: false });
      // The same decision again leaves no second event.
      await client.request(SET_ONE, { input: { purpose: 'RESEARCH', granted: false } });

      const mine = (await client.request<{ myConsents: Consent[] }>(MY_CONSENTS)).data!.myConsents;
      expect(mine.filter((c) => c.granted).map((c) => c.purpose)).toEqual([
        'PARTNER_SUGGESTIONS',
        'ROSTER_NAME',
        'EMAIL_REMINDERS',
      ]);
      const history = (
        await client.request<{ myConsentHistory: { purpose: string; granted: boolean; textVersion: string }[] }>(
          HISTORY,
        )
      ).data!.myConsentHistory;
      expect(history).toHaveLength(6);
      expect(history.filter((h) => h.purpose === 'RESEARCH').map((h) => h.granted)).toEqual([true, false]);
      expect(history.every((h) => /^\d{4}-\d{2}-\d{2}$/.test(h.textVersion))).toBe(true);
      const audit: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'setConsents' AND target_id = $1`,
        [person.id],
      );
      expect(audit[0].n).toBe(3);
    });

    it('refuses bad input with a typed error and stores nothing', async () => {
      const { person, client } = await tutor();
      const twice = await client.request(SET_MANY, {
        input: {
          consents: [
            { purpose: 'RESEARCH', granted: true },
            { purpose: 'RESEARCH', granted: false },
          ],
        },
      });
      expect(errorCode(twice)).toBe('VALIDATION_FAILED');
      expect(errorCode(await client.request(SET_MANY, { input: { consents: [] } }))).toBe('VALIDATION_FAILED');
      const unknown = await client.request(SET_ONE, { input: { purpose: 'MARKETING', granted: true } });
      expect(unknown.errors).toBeDefined();
      const stored: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM consent_event WHERE person_id = $1`,
        [person.id],
      );
      expect(stored[0].n).toBe(0);
      expect(errorCode(await new GqlClient(t.baseUrl).request(MY_CONSENTS))).toBe('UNAUTHENTICATED');
    });

    it('keeps one decision in force under parallel changes, each in the history', async () => {
      const { person, client } = await tutor();
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          client.request(SET_ONE, { input: { purpose: 'EMAIL_REMINDERS', granted: i % 2 === 0 } }),
        ),
      );
      expect(results.every((r) => r.errors === undefined)).toBe(true);
      const [current]: { n: number; granted: boolean }[] = await t.db.query(
        `SELECT count(*)::int AS n, bool_and(granted) AS granted FROM person_consent WHERE person_id = $1`,
        [person.id],
      );
      expect(current.n).toBe(1);
      const [last]: { granted: boolean }[] = await t.db.query(
        `SELECT granted FROM consent_event WHERE person_id = $1 ORDER BY changed_at DESC, id LIMIT 1`,
        [person.id],
      );
      expect(last.granted).toBe(current.granted);
    });

    it('withdrawal takes effect at once: a tutor without PARTNER_SUGGESTIONS consent is no longer suggested', async () => {
      const edition = await givenEdition(t.db);
      const seeker = await tutor({ edition, side: 'SCHOOL', countryCode: 'LT' });
      const willing = await tutor({ edition, side: 'COMPANY', countryCode: 'LT', familyName: 'Willing' });
      const silent = await tutor({ edition, side: 'COMPANY', countryCode: 'LT', familyName: 'Silent' });
      await willing.client.request(SET_ONE, { input: { purpose: 'PARTNER_SUGGESTIONS', granted: true } });
      await silent.client.request(SET_ONE, { input: { purpose: 'PARTNER_SUGGESTIONS', granted: false } });
      type Candidates = { myPartnerCandidates: { tutor: { id: string } }[] };
      const ids = async () =>
        (await seeker.client.request<Candidates>(CANDIDATES, { editionId: edition.id })).data!.myPartnerCandidates.map(
          (c) => c.tutor.id,
        );
      expect(await ids()).toEqual([willing.person.id]);
      await willing.client.request(SET_ONE, { input: { purpose: 'PARTNER_SUGGESTIONS', granted: false } });
      expect(await ids()).toEqual([]);
    });

    it('shows coordinators counts of their country, never names; other countries and roles are refused', async () => {
      const ee = await tutor({ countryCode: 'EE' });
      await ee.client.request(SET_ONE, { input: { purpose: 'ROSTER_NAME', granted: true } });
      const coordinator = await signInAs(t, 'COORDINATOR', { countryCode: 'EE' });
      const res = await coordinator.request<{
        consentCounts: { purpose: string; granted: number; refused: number; notAsked: number }[];
      }>(COUNTS, { countryCode: 'EE' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.consentCounts.map((c) => c.purpose)).toEqual([...CONSENT_PURPOSES]);
      expect(res.data!.consentCounts.find((c) => c.purpose === 'ROSTER_NAME')!.granted).toBeGreaterThanOrEqual(1);
      expect(errorCode(await coordinator.request(COUNTS, { countryCode: 'LV' }))).toBe('FORBIDDEN');
      expect(errorCode(await coordinator.request(COUNTS, { countryCode: 'E1' }))).toBe('VALIDATION_FAILED');
      expect(errorCode(await ee.client.request(COUNTS, { countryCode: 'EE' }))).toBe('FORBIDDEN');
      expect(errorCode(await (await signInAs(t, 'OBSERVER')).request(COUNTS, { countryCode: 'EE' }))).toBe('FORBIDDEN');
    });
  });

  describe('data export', () => {
    it('builds a ZIP of everything about the person, for the owner only, until the link expires', async () => {
      const edition = await givenEdition(t.db);
      const tandem = await givenTandem(t.db, { edition, countryCode: 'EE' });
      const client = await signInAsPerson(t, tandem.school);
      await client.request(SET_ONE, { input: { purpose: 'RESEARCH', granted: true } });
      const storage = t.app.get(StorageService);
      await storage.store(
        { fileName: 'my-notes.txt', bytes: Buffer.from('Notes of the tandem, plain text.\n') },
        { ownerType: 'Test', ownerId: tandem.id },
        tandem.school.id,
        async () => undefined,
      );

      const requested = await client.request<{ requestDataExport: DataExport }>(REQUEST_EXPORT);
      expect(requested.errors).toBeUndefined();
      // With the job queue off (tests), the work runs inline.
      expect(requested.data!.requestDataExport).toMatchObject({ status: 'READY', progress: 100 });
      const [mine] = (await client.request<{ myDataExports: DataExport[] }>(MY_EXPORTS)).data!.myDataExports;
      expect(mine.id).toBe(requested.data!.requestDataExport.id);
      expect(mine.downloadUrl).toBe(`/api/data-exports/${mine.id}/tandem-data.zip`);

      const res = await download(client, mine.downloadUrl!);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      const zip = Buffer.from(await res.arrayBuffer());
      expect(zip.subarray(0, 2).toString()).toBe('PK');
      const names = zip.toString('latin1');
      for (const name of ['data.json', 'index.html', 'my-notes.txt']) expect(names).toContain(name);

      const [{ content }]: { content: { sections: Record<string, unknown[]>; records: Record<string, unknown[]> } }[] =
        await t.db.query(`SELECT content FROM data_export WHERE id = $1`, [mine.id]);
      expect(content.sections['profile']).toEqual([expect.objectContaining({ email: tandem.school.email })]);
      expect(content.sections['tandems']).toHaveLength(1);
      expect(content.sections['consentHistory']).toEqual([expect.objectContaining({ purpose: 'RESEARCH' })]);
      expect(content.records['tutor_profile.person_id']).toHaveLength(1);
      // No secrets: the session's token hash stays out.
      expect(JSON.stringify(content)).not.toContain('token_hash');

      // Somebody else, or nobody: not found / unauthenticated.
      const other = await signInAsPerson(t, tandem.company);
      expect((await download(other, mine.downloadUrl!)).status).toBe(404);
      expect((await download(null, mine.downloadUrl!)).status).toBe(401);
      expect((await download(client, '/api/data-exports/not-a-uuid/tandem-data.zip')).status).toBe(404);
      expect((await other.request<{ myDataExports: DataExport[] }>(MY_EXPORTS)).data!.myDataExports).toEqual([]);

      // Past its time the link is gone.
      await t.db.query(`UPDATE data_export SET expires_at = now() - interval '1 minute' WHERE id = $1`, [mine.id]);
      const [expired] = (await client.request<{ myDataExports: DataExport[] }>(MY_EXPORTS)).data!.myDataExports;
      expect(expired).toMatchObject({ expired: true, downloadUrl: null });
      expect((await download(client, mine.downloadUrl!)).status).toBe(404);
      const reads: { operation: string }[] = await t.db.query(
        `SELECT operation FROM audit_event WHERE actor_person_id = $1 AND operation LIKE '%DataExport' ORDER BY id`,
        [tandem.school.id],
      );
      expect(reads.map((r) => r.operation)).toEqual(['requestDataExport', 'downloadDataExport']);
    });

    it('answers parallel requests without an error, never two open exports', async () => {
      const { person, client } = await tutor();
      const results = await Promise.all(
        [1, 2, 3].map(() => client.request<{ requestDataExport: DataExport }>(REQUEST_EXPORT)),
      );
      expect(results.every((r) => r.errors === undefined)).toBe(true);
      const [open]: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM data_export WHERE person_id = $1 AND status IN ('QUEUED','RUNNING')`,
        [person.id],
      );
      expect(open.n).toBe(0);
    });

    it('covers every table that references a person (foreign keys read from the database)', async () => {
      const fks: { table_name: string; column_name: string }[] = await t.db.query(
        `SELECT kcu.table_name, kcu.column_name
           FROM information_schema.referential_constraints rc
           JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
           JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema
          WHERE ccu.table_name = 'person' AND ccu.column_name = 'id' AND kcu.table_schema = 'public'
          ORDER BY 1, 2`,
      );
      expect(fks.length).toBeGreaterThan(30);
      const covered = new Set(PERSON_REFERENCES.map((r) => `${r.table}.${r.column}`));
      expect(fks.map((f) => `${f.table_name}.${f.column_name}`).filter((k) => !covered.has(k))).toEqual([]);
      // And nothing listed that is no reference (a renamed column would silently export nothing).
      const actual = new Set(fks.map((f) => `${f.table_name}.${f.column_name}`));
      expect([...covered].filter((k) => !actual.has(k))).toEqual([]);
    });
  });

  describe('who sees whom', () => {
    it('names the tutors of an organisation only to those who manage them', async () => {
      const company = await givenOrganisation(t.db, { countryCode: 'LV', kind: 'COMPANY' });
      await givenTutor(t.db, { organisation: company, side: 'COMPANY', familyName: 'Bērziņš' });
      const DETAIL = `query O($id: ID!) { organisation(id: $id) { name tutors { displayName } } }`;
      const tutorsAs = async (client: GqlClient) =>
        (await client.request<{ organisation: { tutors: { displayName: string }[] } }>(DETAIL, { id: company.id }))
          .data!.organisation.tutors.length;
      expect(await tutorsAs(await signInAs(t, 'COORDINATOR', { countryCode: 'LV' }))).toBe(1);
      expect(await tutorsAs(await signInAs(t, 'MANAGER', { organisationId: company.id }))).toBe(1);
      expect(await tutorsAs(await signInAs(t, 'ADMIN'))).toBe(1);
      for (const client of [
        await signInAs(t, 'COORDINATOR', { countryCode: 'EE' }),
        await signInAs(t, 'TUTOR'),
        await signInAs(t, 'RESEARCHER'),
        await signInAs(t, 'OBSERVER'),
        await signInAs(t, 'TRAINER', { countryCode: 'LV' }),
      ])
        expect(await tutorsAs(client)).toBe(0);
    });

    it('shows an observer no named tandem', async () => {
      const edition = await givenEdition(t.db);
      const tandem = await givenTandem(t.db, { edition, countryCode: 'LV' });
      const observer = await signInAs(t, 'OBSERVER');
      expect(errorCode(await observer.request(`{ tandem(id: "${tandem.id}") { id } }`))).toBe('NOT_FOUND');
      expect(errorCode(await observer.request(`{ tandems(country: "LV") { totalCount } }`))).toBe('FORBIDDEN');
      const coordinator = await signInAs(t, 'COORDINATOR', { countryCode: 'LV' });
      expect((await coordinator.request(`{ tandem(id: "${tandem.id}") { id } }`)).errors).toBeUndefined();
    });

    it('does not answer a foreign-country person’s e-mail and grants to grantRole', async () => {
      const estonian = await givenPerson(t.db, { grants: [{ role: 'TRAINER', countryCode: 'EE' }] });
      const lt: SignedInClient = await signInAs(t, 'COORDINATOR', { countryCode: 'LT' });
      const res = await lt.request(
        `mutation G($input: GrantRoleInput!) { grantRole(input: $input) { email roles { role countryCode } } }`,
        { input: { personId: estonian.id, role: 'TRAINER', countryCode: 'LT' } },
      );
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(JSON.stringify(res)).not.toContain(estonian.email);
      const grants: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM role_grant WHERE person_id = $1`,
        [estonian.id],
      );
      expect(grants[0].n).toBe(1);
    });
  });

  describe('erasure', () => {
    const REQUEST = `mutation { requestErasure { id status personName holds { certificates } } }`;
    const OPEN = `query { erasureRequests { id status personName holds { certificates attendance sharedSubmissions } } }`;
    const CONFIRM = `mutation C($id: ID!) { confirmErasure(id: $id) { id status personName } }`;

    it('is asked by the person, confirmed in scope with the holds shown, and leaves no name or e-mail anywhere', async () => {
      const edition = await givenEdition(t.db);
      const tandem = await givenTandem(t.db, { edition, countryCode: 'LV' });
      const person = tandem.school;
      const client = await signInAsPerson(t, person);
      await client.request(SET_ONE, { input: { purpose: 'RESEARCH', granted: true } });
      const stored = await t.app
        .get(StorageService)
        .store(
          { fileName: 'evidence.txt', bytes: Buffer.from('My own notes.\n') },
          { ownerType: 'AssignmentSubmission', ownerId: tandem.id },
          person.id,
          async (_m, file) => file,
        );
      // A file uploaded for the programme stays; their part of a study visit report goes.
      const kept = await t.app
        .get(StorageService)
        .store(
          { fileName: 'agreement.txt', bytes: Buffer.from('A learning agreement.\n') },
          { ownerType: 'Module', ownerId: tandem.id },
          person.id,
          async (_m, file) => file,
        );
      const [visit]: { id: string }[] = await t.db.query(
        `INSERT INTO study_visit (title, host_country, starts_on, ends_on) VALUES ('Visit', 'FI', '2026-05-04', '2026-05-08') RETURNING id`,
      );
      await t.db.query(
        `INSERT INTO study_visit_participant (study_visit_id, person_id, status, what_i_saw, what_i_will_transfer)
         VALUES ($1, $2, 'WENT', 'Workshops where my mentor Tamm showed', 'Everything')`,
        [visit.id, person.id],
      );
      const asked = await client.request<{ requestErasure: { id: string; status: string; personName: null } }>(REQUEST);
      expect(asked.data!.requestErasure).toMatchObject({ status: 'REQUESTED', personName: null });
      const id = asked.data!.requestErasure.id;
      const MINE = `query { myErasureRequest { id status personName holds { certificates } } }`;
      expect((await client.request<{ myErasureRequest: unknown }>(MINE)).data!.myErasureRequest).toEqual({
        id,
        status: 'REQUESTED',
        personName: null,
        holds: null,
      });
      // Asking again answers the same request; another person has none.
      expect((await client.request<{ requestErasure: { id: string } }>(REQUEST)).data!.requestErasure.id).toBe(id);
      const other = await signInAs(t, 'TUTOR');
      expect((await other.request<{ myErasureRequest: unknown }>(MINE)).data!.myErasureRequest).toBeNull();

      // Not the person, not another country, not a tutor.
      expect(errorCode(await client.request(CONFIRM, { id }))).toBe('FORBIDDEN');
      const ee = await signInAs(t, 'COORDINATOR', { countryCode: 'EE' });
      expect(errorCode(await ee.request(CONFIRM, { id }))).toBe('NOT_FOUND');
      expect(
        (await ee.request<{ erasureRequests: { id: string }[] }>(OPEN)).data!.erasureRequests.some((r) => r.id === id),
      ).toBe(false);
      expect(errorCode(await ee.request(CONFIRM, { id: 'nope' }))).toBe('VALIDATION_FAILED');

      const lv = await signInAs(t, 'COORDINATOR', { countryCode: 'LV' });
      const open = (
        await lv.request<{ erasureRequests: { id: string; personName: string; holds: { attendance: number } }[] }>(OPEN)
      ).data!.erasureRequests.find((r) => r.id === id);
      expect(open).toMatchObject({ personName: `${person.givenName} ${person.familyName}`, holds: { attendance: 0 } });
      const done = await lv.request<{ confirmErasure: { status: string; personName: string | null } }>(CONFIRM, { id });
      expect(done.errors).toBeUndefined();
      expect(done.data!.confirmErasure).toEqual({ id, status: 'ERASED', personName: null });
      expect(errorCode(await lv.request(CONFIRM, { id }))).toBe('CONFLICT');

      // The session ended; the tandem (the programme's counts) stays, on the anonymised row.
      expect(errorCode(await client.request(MY_CONSENTS))).toBe('UNAUTHENTICATED');
      const [tandemRow]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM tandem WHERE id = $1`, [
        tandem.id,
      ]);
      expect(tandemRow.n).toBe(1);
      // No text column of any table holds the old e-mail or family name.
      const columns: { table_name: string; column_name: string }[] = await t.db.query(
        `SELECT c.table_name, c.column_name FROM information_schema.columns c
           JOIN information_schema.tables tb ON tb.table_name = c.table_name AND tb.table_schema = c.table_schema
          WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE' AND c.data_type IN ('text', 'jsonb', 'character varying')`,
      );
      const found: string[] = [];
      for (const c of columns) {
        const [hit]: { n: number }[] = await t.db.query(
          `SELECT count(*)::int AS n FROM "${c.table_name}" WHERE strpos("${c.column_name}"::text, $1) > 0 OR strpos("${c.column_name}"::text, $2) > 0`,
          [person.email, person.familyName],
        );
        if (hit.n) found.push(`${c.table_name}.${c.column_name}`);
      }
      expect(found).toEqual([]);
      // The file bytes are gone from storage; the e-mail can be used again.
      await expect(t.app.get(StorageService).open(stored)).rejects.toBeDefined();
      await expect(t.app.get(StorageService).open(kept)).resolves.toBeDefined();
      expect(
        await t.db.query(
          `SELECT status, what_i_saw, what_i_will_transfer FROM study_visit_participant WHERE person_id = $1`,
          [person.id],
        ),
      ).toEqual([{ status: 'WENT', what_i_saw: null, what_i_will_transfer: null }]);
      await expect(givenPerson(t.db, { email: person.email })).resolves.toMatchObject({ email: person.email });
      const audit: { operation: string; summary: string }[] = await t.db.query(
        `SELECT operation, summary FROM audit_event WHERE target_id = $1 ORDER BY id`,
        [id],
      );
      expect(audit.map((a) => a.operation)).toEqual(['requestErasure', 'erasePerson']);
    });
    it('leaves no session behind when the person signs in while their erasure is confirmed', async () => {
      const tandem = await givenTandem(t.db, { edition: await givenEdition(t.db), countryCode: 'LV' });
      const person = tandem.school;
      const withPassword = await createPerson(t.db);
      await t.db.query(
        `UPDATE person SET password_hash = (SELECT password_hash FROM person WHERE id = $2) WHERE id = $1`,
        [person.id, withPassword.id],
      );
      const own = await signInAsPerson(t, person);
      const id = (await own.request<{ requestErasure: { id: string } }>(REQUEST)).data!.requestErasure.id;
      const lv = await signInAs(t, 'COORDINATOR', { countryCode: 'LV' });

      // Sign-ins check the password outside their transaction (slow): some are past that check when the erasure commits.
      const signIns = Array.from({ length: 4 }, () => new GqlClient(t.baseUrl));
      const [confirmed, ...answers] = await Promise.all([
        lv.request(CONFIRM, { id }),
        ...signIns.map(async (client, i) => {
          await new Promise((resolve) => setTimeout(resolve, i * 15));
          return client.login(person.email, TEST_PASSWORD);
        }),
      ]);
      expect(confirmed.errors).toBeUndefined();
      for (const answer of answers) if (answer.errors) expect(errorCode(answer)).toBe('UNAUTHENTICATED');
      for (const client of signIns) expect(errorCode(await client.request(MY_CONSENTS))).toBe('UNAUTHENTICATED');
      const [left]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM session WHERE person_id = $1`, [
        person.id,
      ]);
      expect(left.n).toBe(0);
    });

    it('refuses a sign-in whose person was deactivated after the password check and before the session', async () => {
      const person = await createPerson(t.db);
      const holder = t.db.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      try {
        // An erasure in progress holds the person's row; the sign-in checks the password, then waits for it.
        await holder.query(`SELECT id FROM person WHERE id = $1 FOR UPDATE`, [person.id]);
        const client = new GqlClient(t.baseUrl);
        const answer = client.login(person.email, TEST_PASSWORD);
        await new Promise((resolve) => setTimeout(resolve, 400));
        await holder.query(`UPDATE person SET deactivated_at = now() WHERE id = $1`, [person.id]);
        await holder.commitTransaction();
        expect(errorCode(await answer)).toBe('UNAUTHENTICATED');
      } finally {
        if (holder.isTransactionActive) await holder.rollbackTransaction();
        await holder.release();
      }
      const [left]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM session WHERE person_id = $1`, [
        person.id,
      ]);
      expect(left.n).toBe(0);
    });
  });

  describe('retention', () => {
    it('deletes the evidence notes of editions ended longer ago than the period, and expired exports', async () => {
      const profile = await givenCompetenceProfile(t.db, { areas: ['RETN'], perArea: 2 });
      const note = async (edition: Awaited<ReturnType<typeof givenEdition>>) => {
        const person = await givenTutor(t.db, { edition });
        const roundId = await givenRound(t.db, {
          edition,
          profile,
          kind: 'BASELINE',
          opensInDays: -900,
          closesInDays: -880,
        });
        const id = await givenSelfAssessment(t.db, { roundId, profile, personId: person.id, status: 'DRAFT' });
        await t.db.query(`UPDATE rating SET evidence = 'Guided two apprentices' WHERE self_assessment_id = $1`, [id]);
        await t.db.query(`UPDATE self_assessment SET status = 'SUBMITTED', submitted_at = now() WHERE id = $1`, [id]);
        return id;
      };
      const evidence = async (id: string) =>
        (
          (await t.db.query(`SELECT evidence FROM rating WHERE self_assessment_id = $1`, [id])) as {
            evidence: string | null;
          }[]
        ).map((r) => r.evidence);
      const old = await note(await givenEdition(t.db, { startedDaysAgo: 1300, days: 365 }));
      const recent = await note(await givenEdition(t.db, { startedDaysAgo: 400, days: 365 }));
      const { person, client } = await tutor();
      await client.request(REQUEST_EXPORT);
      await t.db.query(`UPDATE data_export SET expires_at = now() - interval '1 day' WHERE person_id = $1`, [
        person.id,
      ]);

      const result = await t.app.get(RetentionService).run();
      expect(result.evidenceNotes).toBeGreaterThanOrEqual(2);
      expect(result.dataExports).toBeGreaterThanOrEqual(1);
      expect(await evidence(old)).toEqual([null, null]);
      expect(await evidence(recent)).toEqual(['Guided two apprentices', 'Guided two apprentices']);
      expect(await t.db.query(`SELECT 1 FROM data_export WHERE person_id = $1`, [person.id])).toEqual([]);
      // The levels stay for the programme's analysis.
      const [{ n }]: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM rating WHERE self_assessment_id = $1 AND level IS NOT NULL`,
        [old],
      );
      expect(n).toBe(2);
    });
  });
});
