import type { Role } from '@tandem/shared-domain';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { CyclePhase } from '../src/modules/programmes/cycle-phase.entity';
import { Edition } from '../src/modules/programmes/edition.entity';
import { EditionsRepository } from '../src/modules/programmes/editions.repository';
import { givenEdition, type GivenEdition } from './support/factories';
import { errorCode, GqlClient } from './support/gql-client';
import { signInAs } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

interface Phase {
  id: string;
  kind: string;
  status: string;
  startsOn: string;
  endsOn: string;
  position: number;
}
interface EditionShape {
  id: string;
  name: string;
  phases: Phase[];
  currentPhase: Phase | null;
}

const EDITION_FIELDS = `id name startsOn endsOn targetTrained languages phases { id kind status position startsOn endsOn } currentPhase { kind status }`;
const CREATE = `mutation Create($input: CreateEditionInput!) { createEdition(input: $input) { ${EDITION_FIELDS} } }`;
const MOVE = `mutation Move($input: MoveCyclePhaseInput!) { moveCyclePhase(input: $input) { ${EDITION_FIELDS} } }`;
const SCHEDULE = `mutation Schedule($input: ScheduleCyclePhaseInput!) { scheduleCyclePhase(input: $input) { id } }`;

describe('editions and the cycle', () => {
  let t: TestApp;
  let admin: GqlClient;
  /** Running today (like the demo's): seven phases done, national trainings before joint module 2 open. */
  let running: GivenEdition;
  beforeAll(async () => {
    t = await startTestApp();
    running = await givenEdition(t.db, { startedDaysAgo: 209, days: 365, currentPhase: 8 });
    admin = await signInAs(t, 'ADMIN');
  });
  afterAll(() => t.close());

  const as = (role: Role, countryCode?: string) => signInAs(t, role, { countryCode });

  async function newEdition(name: string): Promise<EditionShape> {
    const res = await admin.request<{ createEdition: EditionShape }>(CREATE, {
      input: { name, startsOn: '2028-09-01', endsOn: '2029-08-31', targetTrained: 400 },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createEdition;
  }

  it('shows a tutor the edition with its cycle: the phases done so far, and today inside the open one', async () => {
    const tutor = await as('TUTOR');
    const res = await tutor.request<{ editions: EditionShape[] }>(
      `{ editions { id name phases { kind status startsOn endsOn } } }`,
    );
    const edition = res.data!.editions.find((e) => e.id === running.id)!;
    expect(edition.phases.length).toBeGreaterThanOrEqual(9);
    expect(edition.phases.filter((p) => p.status === 'DONE').map((p) => p.kind)).toEqual([
      'NEEDS_ANALYSIS',
      'STUDY_VISIT',
      'TRAIN_THE_TRAINER',
      'NATIONAL_PROGRAMMES',
      'NATIONAL_TRAININGS_1',
      'JOINT_MODULE_1',
      'INTERIM_ANALYSIS_1',
    ]);
    const today = new Date().toISOString().slice(0, 10);
    const open = edition.phases.find((p) => p.status === 'OPEN')!;
    expect(open.kind).toBe('NATIONAL_TRAININGS_2');
    expect(open.startsOn <= today && today <= open.endsOn).toBe(true);
  });

  it('answers a malformed id with VALIDATION_FAILED on that argument, not an internal error', async () => {
    const tutor = await as('TUTOR');
    for (const query of [
      `{ edition(id: "not-a-uuid") { id } }`,
      `{ whereWeAreNow(editionId: "1") { edition { id } } }`,
      `{ module(id: "x") { id } }`,
    ]) {
      const res = await tutor.request(query);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    const missing = await tutor.request(`{ edition(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('takes as the current edition the one running on the day, else the next to start, else the newest', async () => {
    const runner = t.db.createQueryRunner();
    await runner.startTransaction();
    try {
      const db = runner.manager;
      const dayAfter = (date: string) => new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
      // Beside the running one (rolled back after): one long past, two ahead, one running that started a day later.
      for (const [startsOn, endsOn] of [
        ['2020-09-01', '2021-08-31'],
        ['2031-09-01', '2032-08-31'],
        ['2029-09-01', '2030-08-31'],
        [dayAfter(running.startsOn), '2030-01-31'],
      ]) {
        await db.query(
          `INSERT INTO edition (programme_id, name, starts_on, ends_on, target_trained)
           SELECT programme_id, 'Edition ' || $1, $1::date, $2::date, 100 FROM edition LIMIT 1`,
          [startsOn, endsOn],
        );
      }
      const editions: { id: string; starts_on: string; ends_on: string }[] = await db.query(
        `SELECT id, starts_on::text, ends_on::text FROM edition ORDER BY starts_on DESC, id`,
      );
      // EditionsService.current's rule, over every edition with its phases, newest first
      const rule = (today: string) =>
        (editions.find((e) => e.starts_on <= today && today <= e.ends_on) ??
          [...editions].reverse().find((e) => e.starts_on > today) ??
          editions[0])!.id;
      const repository = t.app.get(EditionsRepository);
      const days = [
        '2000-01-01',
        '2100-01-01',
        ...editions.flatMap((e) => [e.starts_on, e.ends_on, dayAfter(e.ends_on)]),
      ];
      for (const today of days) expect([today, await repository.currentId(db, today)]).toEqual([today, rule(today)]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('tells each role where we are now in the edition running today and what to do next', async () => {
    const tutor = await as('TUTOR');
    const query = `{ whereWeAreNow { currentPhase { kind } nextSteps { role kind } edition { name } } }`;
    const res = await tutor.request<{
      whereWeAreNow: { currentPhase: { kind: string }; nextSteps: { kind: string }[] };
    }>(query);
    expect(res.data!.whereWeAreNow.currentPhase.kind).toBe('NATIONAL_TRAININGS_2');
    expect(res.data!.whereWeAreNow.nextSteps.map((s) => s.kind)).toEqual([
      'FORM_TANDEM',
      'TAKE_BASELINE_SELF_ASSESSMENT',
      'BOOK_NATIONAL_TRAINING',
    ]);
    const trainer = await as('TRAINER', 'LV');
    const steps = (await trainer.request<{ whereWeAreNow: { nextSteps: { kind: string }[] } }>(query)).data!
      .whereWeAreNow.nextSteps;
    expect(steps.map((s) => s.kind)).toContain('SCHEDULE_SESSIONS');
  });

  it('creates an edition with all 14 phases dated across it, and audits it', async () => {
    const edition = await newEdition('2028–2029');
    expect(edition.phases).toHaveLength(14);
    expect(edition.phases[0]).toMatchObject({ kind: 'NEEDS_ANALYSIS', startsOn: '2028-09-01', status: 'PLANNED' });
    expect(edition.phases[13]).toMatchObject({ kind: 'POLICY_RECOMMENDATIONS', endsOn: '2029-08-31' });
    expect(edition.currentPhase).toEqual({ kind: 'NEEDS_ANALYSIS', status: 'PLANNED' });
    expect(await t.db.getRepository(AuditEvent).countBy({ operation: 'createEdition', targetId: edition.id })).toBe(1);
  });

  it.each([
    [{ endsOn: '2028-01-01' }, 'endsOn'],
    [{ languages: ['en', 'de'] }, 'languages'],
    [{ languages: ['et'] }, 'languages'],
    [{ targetTrained: -1 }, 'targetTrained'],
    [{ name: '' }, 'name'],
    [{ startsOn: '2028-02-30' }, 'startsOn'],
    [{ timeZone: 'Baltic/Nowhere' }, 'timeZone'],
  ])('refuses %j with VALIDATION_FAILED on the field and creates nothing', async (change, field) => {
    const before = await t.db.getRepository(Edition).count();
    const res = await admin.request(CREATE, {
      input: { name: `Bad ${field}`, startsOn: '2028-09-01', endsOn: '2029-08-31', targetTrained: 10, ...change },
    });
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect((res.errors![0].extensions['fields'] as { field: string }[]).map((f) => f.field)).toContain(field);
    expect(await t.db.getRepository(Edition).count()).toBe(before);
  });

  it('refuses a duplicate edition name with DUPLICATE_EDITION_NAME, naming it', async () => {
    await newEdition('2030–2031');
    const res = await admin.request(CREATE, {
      input: { name: '2030–2031', startsOn: '2030-09-01', endsOn: '2031-08-31', targetTrained: 1 },
    });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'DUPLICATE_EDITION_NAME', name: '2030–2031' });
    const renamed = await newEdition('2044–2045');
    const rename = await admin.request(
      `mutation { updateEdition(input: { id: "${renamed.id}", name: "2030–2031" }) { id } }`,
    );
    expect(errorCode(rename)).toBe('DUPLICATE_EDITION_NAME');
  });

  it('lets only an admin create, edit or move', async () => {
    const coordinator = await as('COORDINATOR', 'EE');
    const res = await coordinator.request(CREATE, {
      input: { name: 'Nope', startsOn: '2031-09-01', endsOn: '2032-08-31', targetTrained: 1 },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    const edition = await newEdition('2032–2033');
    for (const role of ['TRAINER', 'TUTOR', 'OBSERVER'] as const) {
      const client = await as(role, role === 'TRAINER' ? 'LV' : undefined);
      expect(errorCode(await client.request(MOVE, { input: { phaseId: edition.phases[0].id, status: 'OPEN' } }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(
          await client.request(`mutation { updateEdition(input: { id: "${edition.id}", targetTrained: 5 }) { id } }`),
        ),
      ).toBe('FORBIDDEN');
    }
  });

  it('opens the first phase without a reason, but needs one to open a phase early or to go back', async () => {
    const edition = await newEdition('2034–2035');
    const [first, second] = edition.phases;
    expect(errorCode(await admin.request(MOVE, { input: { phaseId: first.id, status: 'OPEN' } }))).toBeUndefined();

    const early = await admin.request(MOVE, { input: { phaseId: second.id, status: 'OPEN' } });
    expect(errorCode(early)).toBe('VALIDATION_FAILED');
    expect(early.errors![0].extensions['fields']).toEqual([
      {
        field: 'reason',
        rule: 'reasonPreviousNotDone',
        message: 'is required when opening a phase before the previous one is done',
      },
    ]);
    expect((await t.db.getRepository(CyclePhase).findOneByOrFail({ id: second.id })).status).toBe('PLANNED');

    const withReason = await admin.request<{ moveCyclePhase: EditionShape }>(MOVE, {
      input: { phaseId: second.id, status: 'OPEN', reason: 'Study visit dates fixed by the host' },
    });
    expect(withReason.data!.moveCyclePhase.phases[1].status).toBe('OPEN');

    expect(errorCode(await admin.request(MOVE, { input: { phaseId: first.id, status: 'DONE' } }))).toBeUndefined();
    const back = await admin.request(MOVE, { input: { phaseId: first.id, status: 'OPEN' } });
    expect(errorCode(back)).toBe('VALIDATION_FAILED');
    await admin.request(MOVE, {
      input: { phaseId: first.id, status: 'OPEN', reason: 'Late survey responses from LT' },
    });
    const audit = await t.db
      .getRepository(AuditEvent)
      .find({ where: { operation: 'moveCyclePhase', targetId: first.id }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.summary)).toEqual([
      'NEEDS_ANALYSIS: PLANNED → OPEN',
      'NEEDS_ANALYSIS: OPEN → DONE',
      'NEEDS_ANALYSIS: DONE → OPEN (going back: Late survey responses from LT)',
    ]);
  });

  it('refuses a move to the status the phase already has with PHASE_ALREADY_IN_STATUS', async () => {
    const edition = await newEdition('2036–2037');
    const res = await admin.request(MOVE, { input: { phaseId: edition.phases[0].id, status: 'PLANNED' } });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'PHASE_ALREADY_IN_STATUS', status: 'PLANNED' });
  });

  it('lets exactly one of two concurrent identical moves through', async () => {
    const edition = await newEdition('2038–2039');
    const phaseId = edition.phases[0].id;
    const results = await Promise.all(
      [admin, admin, admin].map((c) => c.request(MOVE, { input: { phaseId, status: 'OPEN' } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'PHASE_ALREADY_IN_STATUS')).toHaveLength(2);
    expect(await t.db.getRepository(AuditEvent).countBy({ operation: 'moveCyclePhase', targetId: phaseId })).toBe(1);
  });

  it('reschedules a phase only within the edition', async () => {
    const edition = await newEdition('2040–2041');
    const phaseId = edition.phases[1].id;
    const outside = await admin.request(SCHEDULE, { input: { phaseId, startsOn: '2028-01-01', endsOn: '2028-10-01' } });
    expect(errorCode(outside)).toBe('VALIDATION_FAILED');
    const reversed = await admin.request(SCHEDULE, {
      input: { phaseId, startsOn: '2028-10-10', endsOn: '2028-10-01' },
    });
    expect(errorCode(reversed)).toBe('VALIDATION_FAILED');
    expect(
      errorCode(await admin.request(SCHEDULE, { input: { phaseId, startsOn: '2028-10-01', endsOn: '2028-10-20' } })),
    ).toBeUndefined();
    expect(await t.db.getRepository(CyclePhase).findOneByOrFail({ id: phaseId })).toMatchObject({
      startsOn: '2028-10-01',
      endsOn: '2028-10-20',
    });
  });

  it('answers NOT_FOUND for an unknown edition or phase', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await admin.request(`{ edition(id: "${missing}") { id } }`))).toBe('NOT_FOUND');
    expect(errorCode(await admin.request(MOVE, { input: { phaseId: missing, status: 'OPEN' } }))).toBe('NOT_FOUND');
  });

  it('updates an edition and refuses a negative target without changing anything', async () => {
    const edition = await newEdition('2042–2043');
    const bad = await admin.request(
      `mutation { updateEdition(input: { id: "${edition.id}", targetTrained: -5 }) { id } }`,
    );
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    const ok = await admin.request<{ updateEdition: { targetTrained: number; crossBorderTandems: boolean } }>(
      `mutation { updateEdition(input: { id: "${edition.id}", targetTrained: 450, crossBorderTandems: true }) { targetTrained crossBorderTandems } }`,
    );
    expect(ok.data!.updateEdition).toEqual({ targetTrained: 450, crossBorderTandems: true });
  });

  it('sets the longest session day of an edition within 1..24 hours, refusing anything else unchanged', async () => {
    const edition = await newEdition('2046–2047');
    const read = async () =>
      (
        await admin.request<{ edition: { maxSessionHoursPerDay: number } }>(
          `{ edition(id: "${edition.id}") { maxSessionHoursPerDay } }`,
        )
      ).data!.edition.maxSessionHoursPerDay;
    expect(await read()).toBe(10);
    for (const bad of [0, 25, 7.25]) {
      const res = await admin.request(
        `mutation { updateEdition(input: { id: "${edition.id}", maxSessionHoursPerDay: ${bad} }) { id } }`,
      );
      expect(errorCode(res)).toBe('VALIDATION_FAILED');
    }
    expect(await read()).toBe(10);
    await admin.request(
      `mutation { updateEdition(input: { id: "${edition.id}", maxSessionHoursPerDay: 8.5 }) { id } }`,
    );
    expect(await read()).toBe(8.5);
  });
});
