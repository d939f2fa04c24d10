import {
  acceptAttendedAssignments,
  attend,
  mark,
  newSession,
  newTutors,
  submitSelfAssessment,
} from './support/completion-facts';
import { givenAssignment, givenEdition, givenModule } from './support/factories';
import { errorCode } from './support/gql-client';
import { cast, signInAs, type SignedInClient } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

interface Cell {
  country: string;
  side: string;
  target: number | null;
  trained: number;
  inTraining: number;
  inTandem: number;
  registered: number;
  forecastTrained: number;
}
interface Progress {
  target: number | null;
  trained: number;
  inTraining: number;
  forecastTrained: number;
  scope: string;
  funnel: {
    registered: number;
    inTandem: number;
    inTraining: number;
    trained: number;
  };
  byCountry: Cell[];
  burnUp: { date: string; trained: number | null }[];
  canSeePeople: boolean;
}
const PROGRESS = `query { targetProgress { target trained inTraining forecastTrained scope canSeePeople
  funnel { registered inTandem inTraining trained }
  byCountry { country side target trained inTraining inTandem registered forecastTrained }
  burnUp { date trained } } }`;
const ACCEPTANCE = `query { targetProgress { target trained inTraining forecastTrained byCountry { country side target trained } } }`;
const PEOPLE = `query P($countryCode: String, $status: CompletionStatus, $first: Int, $after: String) {
  completionPeople(countryCode: $countryCode, status: $status, first: $first, after: $after) {
    totalCount edges { node { personId name email countryCode status canWithdraw } } pageInfo { hasNextPage endCursor } } }`;
const SET_TARGET = `mutation T($input: SetTargetInput!) { setTarget(input: $input) { total byCountry { key value } bySide { key value } } }`;
const REFRESH = `mutation { refreshCompletion { people changes } }`;
const RULE = `mutation R($input: SetCompletionRuleInput!) { setCompletionRule(input: $input) { revision } }`;

describe('target cockpit', () => {
  let t: TestApp;
  let editionId: string;
  const staff = cast(() => t, {
    admin: { role: 'ADMIN' },
    'coordinator.ee': { role: 'COORDINATOR', countryCode: 'EE' },
    'coordinator.lt': { role: 'COORDINATOR', countryCode: 'LT' },
    'trainer.lt': { role: 'TRAINER', countryCode: 'LT' },
    observer: { role: 'OBSERVER' },
    'tutor.school.ee': { role: 'TUTOR' },
  });
  /** The MANAGER of the Estonian company where the spec's Estonian company tutors work. */
  let manager: SignedInClient;
  const as = async (who: Parameters<typeof staff>[0] | 'manager') => (who === 'manager' ? manager : staff(who));
  const progressOf = async (who: Parameters<typeof as>[0]): Promise<Progress> => {
    const res = await (await as(who)).request<{ targetProgress: Progress }>(PROGRESS);
    expect(res.errors).toBeUndefined();
    return res.data!.targetProgress;
  };
  const refresh = async () => expect((await (await as('admin')).request(REFRESH)).errors).toBeUndefined();
  const exportAs = async (who: Parameters<typeof as>[0], path: string) => {
    const client = await as(who);
    return fetch(`${t.baseUrl}${path}`, {
      headers: { cookie: client.cookie ?? '', 'x-forwarded-for': client.ip },
    });
  };
  const withdrawnIn = async (country: string): Promise<number> =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n FROM completion_status WHERE country_code = $1 AND status = 'WITHDRAWN'`,
        [country],
      )
    )[0].n;
  /** Matrix totals = headline = funnel, whatever the numbers are. */
  const expectConsistent = (p: Progress) => {
    const sum = (f: (c: Cell) => number) => p.byCountry.reduce((s, c) => s + f(c), 0);
    expect(sum((c) => c.trained)).toBe(p.trained);
    expect(sum((c) => c.inTraining)).toBe(p.inTraining);
    expect(sum((c) => c.forecastTrained)).toBe(p.forecastTrained);
    expect(p.funnel.trained).toBe(p.trained);
    expect(p.funnel.inTraining).toBe(p.trained + p.inTraining);
    expect(p.funnel.registered).toBe(sum((c) => c.registered));
    expect(p.funnel.registered).toBeGreaterThanOrEqual(p.funnel.inTandem);
    expect(p.funnel.inTandem).toBeGreaterThanOrEqual(p.funnel.inTraining);
    const today = p.burnUp.filter((b) => b.trained !== null).at(-1);
    expect(today?.trained).toBe(p.trained);
  };

  /** Tandems of `country` that attended JM1 (and, when trained, 24 national hours, the round and the assignments). */
  const tandems = async (country: string, stage: 'TRAINED' | 'IN_TRAINING' | 'IN_TANDEM', count = 1) => {
    for (let i = 0; i < count; i++) {
      const tandem = await newTutors(t.db, editionId, country);
      if (stage === 'IN_TANDEM') continue;
      await attend(t.db, tandem, await newSession(t.db, editionId, 'JM1', 16, 60 + i));
      if (stage === 'IN_TRAINING') continue;
      await attend(t.db, tandem, await newSession(t.db, editionId, `${country}-N1`, 24, 30 + i));
      await submitSelfAssessment(t.db, editionId, tandem.school);
      await submitSelfAssessment(t.db, editionId, tandem.company);
      await acceptAttendedAssignments(t.db, editionId, tandem);
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    const edition = await givenEdition(t.db, { targetTrained: 800, startedDaysAgo: 200 });
    editionId = edition.id;
    await givenAssignment(t.db, { module: await givenModule(t.db, { edition, number: 1, code: 'JM1' }) });
    for (const code of ['EE-N1', 'LV-N1', 'LT-N1', 'LT-N2'])
      await givenModule(t.db, { edition, countryCode: code.slice(0, 2), code });
    const rule = await (
      await as('admin')
    ).request(RULE, {
      input: {
        editionId,
        requiredJointNumbers: [1],
        minJointModules: 0,
        minNationalHours: 24,
        selfAssessmentKind: 'AFTER_MODULE',
        selfAssessmentModuleNumber: 1,
        assignmentsMode: 'ATTENDED_MODULES',
      },
    });
    expect(rule.errors).toBeUndefined();
    // Each country: some trained, some in training, some only in a tandem; one LT tutor withdrawn.
    await tandems('EE', 'TRAINED', 2);
    await tandems('EE', 'IN_TRAINING');
    await tandems('EE', 'IN_TANDEM');
    await tandems('LV', 'TRAINED');
    await tandems('LV', 'IN_TRAINING', 2);
    await tandems('LT', 'TRAINED');
    await tandems('LT', 'IN_TANDEM', 2);
    const [leaver] = await t.db.query(
      `SELECT cs.person_id FROM tutor_participation cs JOIN tutor_profile tp ON tp.person_id = cs.person_id
         JOIN organisation o ON o.id = tp.organisation_id WHERE cs.edition_id = $1 AND o.country_code = 'LT'
          AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.person_id = cs.person_id) LIMIT 1`,
      [editionId],
    );
    await t.db.query(
      `INSERT INTO participation_withdrawal (edition_id, person_id, reason) VALUES ($1, $2, 'Moved away')`,
      [editionId, leaver.person_id],
    );
    const [company] = await t.db.query(`SELECT id FROM organisation WHERE country_code = 'EE' AND kind = 'COMPANY'`);
    manager = await signInAs(t, 'MANAGER', { organisationId: company.id });
    await refresh();
  });
  afterAll(() => t.close());

  it('tells the edition’s story: the target, what is trained and in training per country, a forecast, a burn-up', async () => {
    const p = await progressOf('admin');
    expect(p.target).toBe(800);
    const trained = (country: string) =>
      p.byCountry.filter((c) => c.country === country).reduce((s, c) => s + c.trained, 0);
    expect([trained('EE'), trained('LV'), trained('LT')]).toEqual([4, 2, 2]);
    expect(p.trained).toBe(8);
    expect(p.inTraining).toBe(6);
    expect(p.forecastTrained).toBeGreaterThanOrEqual(p.trained);
    expect(p.burnUp.filter((b) => b.trained !== null).at(-1)?.trained).toBe(8);
    expectConsistent(p);
  });

  it('answers the acceptance query for ADMIN and OBSERVER, with the same numbers and no personal data', async () => {
    const admin = await (await as('admin')).request<{ targetProgress: Progress }>(ACCEPTANCE);
    const observer = await (await as('observer')).request<{ targetProgress: Progress }>(ACCEPTANCE);
    expect(admin.errors).toBeUndefined();
    expect(observer.data).toEqual(admin.data);
    expect(admin.data!.targetProgress.target).toBe(800);
    expect(admin.data!.targetProgress.byCountry.map((c) => `${c.country}/${c.side}`)).toEqual([
      'EE/SCHOOL',
      'EE/COMPANY',
      'LT/SCHOOL',
      'LT/COMPANY',
      'LV/SCHOOL',
      'LV/COMPANY',
    ]);
    expect(JSON.stringify(observer.data)).not.toMatch(/@/);
    expect((await progressOf('observer')).canSeePeople).toBe(false);
    expectConsistent(await progressOf('admin'));
  });

  it('refuses the cockpit to a TUTOR and a TRAINER, and the drill-down and people export to an OBSERVER', async () => {
    expect(errorCode(await (await as('tutor.school.ee')).request(ACCEPTANCE))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('trainer.lt')).request(ACCEPTANCE))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('observer')).request(PEOPLE, {}))).toBe('FORBIDDEN');
    expect((await exportAs('observer', '/api/cockpit/export/people?format=csv')).status).toBe(403);
    expect((await exportAs('tutor.school.ee', '/api/cockpit/export/matrix?format=csv')).status).toBe(403);
    const matrix = await exportAs('observer', '/api/cockpit/export/matrix?format=csv');
    expect(matrix.status).toBe(200);
    expect(await matrix.text()).not.toMatch(/@/);
  });

  it('shows a COORDINATOR of LT only LT: numbers, drill-down and exports', async () => {
    const lt = await progressOf('coordinator.lt');
    expect(lt.scope).toBe('COUNTRY');
    expect([...new Set(lt.byCountry.map((c) => c.country))]).toEqual(['LT']);
    expectConsistent(lt);
    const admin = await progressOf('admin');
    expect(lt.byCountry).toEqual(admin.byCountry.filter((c) => c.country === 'LT'));

    const people = await (
      await as('coordinator.lt')
    ).request<{
      completionPeople: {
        totalCount: number;
        edges: { node: { countryCode: string; email: string | null } }[];
      };
    }>(PEOPLE, { first: 100 });
    expect(people.errors).toBeUndefined();
    expect(people.data!.completionPeople.totalCount).toBe(lt.funnel.registered + (await withdrawnIn('LT')));
    expect(new Set(people.data!.completionPeople.edges.map((e) => e.node.countryCode))).toEqual(new Set(['LT']));
    expect(people.data!.completionPeople.edges.every((e) => e.node.email)).toBe(true);
    const asking = await (
      await as('coordinator.lt')
    ).request<{ completionPeople: { totalCount: number } }>(PEOPLE, {
      countryCode: 'EE',
    });
    expect(asking.data!.completionPeople.totalCount).toBe(0);

    const csv = await (await exportAs('coordinator.lt', '/api/cockpit/export/people?format=csv')).text();
    const countries = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[2]);
    expect(countries.length).toBe(people.data!.completionPeople.totalCount);
    expect(new Set(countries)).toEqual(new Set(['LT']));
    const xlsx = await exportAs('coordinator.lt', '/api/cockpit/export/matrix?format=xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('shows a MANAGER only their organisation’s tutors', async () => {
    const manager = await progressOf('manager');
    expect(manager.scope).toBe('ORGANISATION');
    expect(manager.target).toBeNull();
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM completion_status cs JOIN role_grant g ON g.organisation_id = cs.organisation_id
        WHERE g.person_id = $1 AND cs.status <> 'WITHDRAWN'`,
      [(await as('manager')).personId],
    );
    // The company tutors of the four Estonian tandems, all at the one company.
    expect(n).toBe(4);
    expect(manager.funnel.registered).toBe(n);
    expect(manager.byCountry.filter((c) => c.registered > 0).map((c) => `${c.country}/${c.side}`)).toEqual([
      'EE/COMPANY',
    ]);
  });

  it('changes the numbers consistently when attendance changes', async () => {
    const before = await progressOf('admin');
    const tandem = await newTutors(t.db, editionId, 'LT');
    const jm1 = await newSession(t.db, editionId, 'JM1', 16, 40);
    await attend(t.db, tandem, jm1);
    await attend(t.db, tandem, await newSession(t.db, editionId, 'LT-N2', 24, 30));
    await submitSelfAssessment(t.db, editionId, tandem.school);
    await submitSelfAssessment(t.db, editionId, tandem.company);
    await acceptAttendedAssignments(t.db, editionId, tandem);
    await refresh();
    const after = await progressOf('admin');
    expectConsistent(after);
    expect(after.trained).toBe(before.trained + 2);
    const cell = (p: Progress, side: string) => p.byCountry.find((c) => c.country === 'LT' && c.side === side)!;
    expect(cell(after, 'SCHOOL').trained).toBe(cell(before, 'SCHOOL').trained + 1);
    expect(after.funnel.registered).toBe(before.funnel.registered + 2);

    await mark(t.db, jm1, tandem.school, 'ABSENT');
    await refresh();
    const absent = await progressOf('admin');
    expectConsistent(absent);
    expect(absent.trained).toBe(before.trained + 1);
    expect(absent.inTraining).toBe(after.inTraining + 1);
    const lt = await progressOf('coordinator.lt');
    expect(lt.trained).toBe(absent.byCountry.filter((c) => c.country === 'LT').reduce((s, c) => s + c.trained, 0));
  });

  it('answers bad export and cockpit arguments with a typed error, never a 500', async () => {
    const bad = await exportAs('admin', '/api/cockpit/export/payroll?format=pdf&countryCode=lt');
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as {
      error: { code: string; fields: { field: string }[] };
    };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields.map((f) => f.field).sort()).toEqual(['countryCode', 'format', 'table']);
    const admin = await as('admin');
    expect(errorCode(await admin.request(`query { targetProgress(editionId: "nope") { trained } }`))).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      errorCode(
        await admin.request(`query { targetProgress(editionId: "00000000-0000-4000-8000-000000000000") { trained } }`),
      ),
    ).toBe('NOT_FOUND');
  });

  it('pages through the drill-down without overlaps', async () => {
    const admin = await as('admin');
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const res: {
        data: {
          completionPeople: {
            totalCount: number;
            edges: { node: { personId: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } | null;
      } = await admin.request(PEOPLE, { countryCode: 'EE', first: 25, after });
      const page = res.data!.completionPeople;
      total = page.totalCount;
      for (const e of page.edges) seen.add(e.node.personId);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.size).toBe(total);
    expect(errorCode(await admin.request(PEOPLE, { after: 'not-a-cursor' }))).toBe('VALIDATION_FAILED');
  });

  it('sets a target with splits (ADMIN only); bad splits are VALIDATION_FAILED and change nothing', async () => {
    const input = {
      editionId,
      total: 800,
      byCountry: [
        { key: 'EE', value: 200 },
        { key: 'LV', value: 300 },
        { key: 'LT', value: 300 },
      ],
      bySide: [
        { key: 'SCHOOL', value: 400 },
        { key: 'COMPANY', value: 400 },
      ],
    };
    expect(errorCode(await (await as('coordinator.ee')).request(SET_TARGET, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('observer')).request(SET_TARGET, { input }))).toBe('FORBIDDEN');
    const tooMuch = await (
      await as('admin')
    ).request(SET_TARGET, {
      input: { ...input, byCountry: [{ key: 'EE', value: 900 }] },
    });
    expect(errorCode(tooMuch)).toBe('VALIDATION_FAILED');
    expect(
      errorCode(
        await (
          await as('admin')
        ).request(SET_TARGET, {
          input: { ...input, bySide: [{ key: 'MIDDLE', value: 1 }] },
        }),
      ),
    ).toBe('VALIDATION_FAILED');
    expect(errorCode(await (await as('admin')).request(SET_TARGET, { input: { ...input, total: -5 } }))).toBe(
      'VALIDATION_FAILED',
    );
    const ok = await (await as('admin')).request(SET_TARGET, { input });
    expect(ok.errors).toBeUndefined();
    const p = await progressOf('admin');
    expect(p.target).toBe(800);
    expect(p.byCountry.find((c) => c.country === 'LT' && c.side === 'SCHOOL')!.target).toBe(150);
    expect((await progressOf('coordinator.lt')).target).toBe(300);
  });
});
