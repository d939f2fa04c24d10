import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { NationalProgramme } from '../src/modules/national-programmes/national-programme.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import { givenEdition, givenModule, givenProgramme } from './support/factories';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { cast, signInAs, signInAsPerson } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

interface Item {
  position: number;
  moduleId: string;
  code: string;
  kind: string;
  title: string;
  contactHours: number;
  selfStudyHours: number;
  totalHours: number;
}
interface Revision {
  id: string;
  revision: number;
  status: string;
  inForce: boolean;
  returnComments: string | null;
  supersededAt: string | null;
  decidedByName: string | null;
}
interface Programme {
  id: string;
  countryCode: string;
  revision: number;
  status: string;
  inForce: boolean;
  returnComments: string | null;
  submittedByName: string | null;
  decidedByName: string | null;
  lockVersion: number;
  totalContactHours: number;
  totalSelfStudyHours: number;
  totalHours: number;
  canEdit: boolean;
  canSubmit: boolean;
  canDecide: boolean;
  items: Item[];
  revisions: Revision[];
}
interface Note {
  id: string;
  kind: string;
  targetType: string;
  targetId: string;
  params: { name: string; value: string }[];
  readAt: string | null;
}

const FIELDS = `id countryCode revision status inForce returnComments submittedByName decidedByName lockVersion
  totalContactHours totalSelfStudyHours totalHours canEdit canSubmit canDecide
  items { position moduleId code kind title contactHours selfStudyHours totalHours }
  revisions { id revision status inForce returnComments supersededAt decidedByName }`;
const SAVE = `mutation Save($input: SaveNationalProgrammeInput!) { saveNationalProgramme(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation Submit($id: ID!, $v: Int) { submitNationalProgramme(id: $id, expectedLockVersion: $v) { ${FIELDS} } }`;
const APPROVE = `mutation Approve($id: ID!, $v: Int) { approveNationalProgramme(id: $id, expectedLockVersion: $v) { ${FIELDS} } }`;
const RETURN = `mutation Return($id: ID!, $comments: String!) { returnNationalProgramme(id: $id, comments: $comments) { ${FIELDS} } }`;
const LIST = `query List($editionId: ID) { nationalProgrammes(editionId: $editionId) { ${FIELDS} } }`;
const GET = `query Get($id: ID!) { nationalProgramme(id: $id) { ${FIELDS} } }`;
const NOTES = `query Notes($unreadOnly: Boolean) {
  myNotifications(first: 100, unreadOnly: $unreadOnly) { id kind targetType targetId params { name value } readAt }
  unreadNotificationCount
}`;
const MARK = `mutation Mark($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`;

const param = (n: Note, name: string) => n.params.find((p) => p.name === name)?.value;
const fields = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] ?? []) as { field: string }[]).map((f) => f.field);

describe('national programmes', () => {
  let t: TestApp;
  const as = cast(() => t, {
    admin: { role: 'ADMIN', givenName: 'Liis', familyName: 'Kask' },
    'coordinator.ee': { role: 'COORDINATOR', countryCode: 'EE', givenName: 'Mart', familyName: 'Saar' },
    'coordinator.lv': { role: 'COORDINATOR', countryCode: 'LV' },
    'coordinator.lt': { role: 'COORDINATOR', countryCode: 'LT' },
    'trainer.ee': { role: 'TRAINER', countryCode: 'EE' },
    'trainer.lv': { role: 'TRAINER', countryCode: 'LV' },
    manager: { role: 'MANAGER', organisationIn: 'EE' },
    'tutor.school.ee': { role: 'TUTOR' },
    observer: { role: 'OBSERVER' },
    researcher: { role: 'RESEARCHER' },
  });
  type Who = Parameters<typeof as>[0];
  let editionCount = 0;

  interface Fixture {
    editionId: string;
    joint: string[];
    ee: string[];
    lv: string[];
    lt: string[];
    eeDraft: string;
  }

  async function publishedModule(
    editionId: string,
    code: string,
    extra: Record<string, unknown>,
    publish = true,
  ): Promise<string> {
    const admin = await as('admin');
    const created = await admin.request<{ createModule: { id: string; lockVersion: number } }>(
      `mutation C($input: CreateModuleInput!) { createModule(input: $input) { id lockVersion } }`,
      {
        input: {
          editionId,
          code,
          texts: [{ language: 'en', title: `Module ${code}` }],
          contactHours: 6,
          selfStudyHours: 2.5,
          deliveryMode: 'ONLINE',
          ...extra,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const { id, lockVersion } = created.data!.createModule;
    if (publish) {
      const res = await admin.request(
        `mutation P($input: PublishModuleInput!) { publishModule(input: $input) { id } }`,
        { input: { moduleId: id, lockVersion } },
      );
      expect(res.errors).toBeUndefined();
    }
    return id;
  }

  /** An edition of its own, with three published joint modules and published national modules per country. */
  async function edition(): Promise<Fixture> {
    const admin = await as('admin');
    const year = 2031 + editionCount++;
    const res = await admin.request<{ createEdition: { id: string } }>(
      `mutation E($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      {
        input: {
          name: `${year}–${year + 1}`,
          startsOn: `${year}-09-01`,
          endsOn: `${year + 1}-08-31`,
          targetTrained: 100,
        },
      },
    );
    const editionId = res.data!.createEdition.id;
    const joint = [];
    for (const n of [1, 2, 3]) joint.push(await publishedModule(editionId, `JM${n}`, { kind: 'JOINT', number: n }));
    const national = async (country: string, count: number) => {
      const ids = [];
      for (let i = 1; i <= count; i++)
        ids.push(await publishedModule(editionId, `${country}-N${i}`, { kind: 'NATIONAL', countryCode: country }));
      return ids;
    };
    return {
      editionId,
      joint,
      ee: await national('EE', 2),
      lv: await national('LV', 1),
      lt: await national('LT', 1),
      eeDraft: await publishedModule(editionId, 'EE-DRAFT', { kind: 'NATIONAL', countryCode: 'EE' }, false),
    };
  }

  async function save(who: Who, input: Record<string, unknown>) {
    return (await as(who)).request<{ saveNationalProgramme: Programme }>(SAVE, { input });
  }

  async function notes(client: GqlClient, unreadOnly = false) {
    const res = await client.request<{ myNotifications: Note[]; unreadNotificationCount: number }>(NOTES, {
      unreadOnly,
    });
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await givenProgramme(t.db); // editions are created through the API below
  });
  afterAll(() => t.close());

  let fixture: Fixture;
  /** A published EE module of another edition. */
  let otherEditionModule: string;
  beforeAll(async () => {
    fixture = await edition();
    otherEditionModule = (
      await givenModule(t.db, { edition: await givenEdition(t.db), countryCode: 'EE', code: 'EE-N1' })
    ).id;
  });

  it('runs the whole cycle: draft, submit, return with comments, edit, resubmit, approve — notifying the other side each time', async () => {
    const f = await edition();
    const admin2 = await signInAs(t, 'ADMIN');
    const ee = await as('coordinator.ee');
    const admin = await as('admin');

    const order = [f.ee[0], f.joint[0], f.ee[1], f.joint[1], f.joint[2]];
    const saved = await save('coordinator.ee', { editionId: f.editionId, countryCode: 'ee', moduleIds: order });
    expect(saved.errors).toBeUndefined();
    const draft = saved.data!.saveNationalProgramme;
    expect(draft).toMatchObject({
      countryCode: 'EE',
      revision: 1,
      status: 'DRAFT',
      canEdit: true,
      canSubmit: true,
      canDecide: false,
    });
    expect(draft.items.map((i) => [i.position, i.code, i.kind])).toEqual([
      [1, 'EE-N1', 'NATIONAL'],
      [2, 'JM1', 'JOINT'],
      [3, 'EE-N2', 'NATIONAL'],
      [4, 'JM2', 'JOINT'],
      [5, 'JM3', 'JOINT'],
    ]);
    expect(draft.items[0]).toMatchObject({
      title: 'Module EE-N1',
      contactHours: 6,
      selfStudyHours: 2.5,
      totalHours: 8.5,
    });
    expect(draft).toMatchObject({ totalContactHours: 30, totalSelfStudyHours: 12.5, totalHours: 42.5 });

    const submitted = (
      await ee.request<{ submitNationalProgramme: Programme }>(SUBMIT, { id: draft.id, v: draft.lockVersion })
    ).data!.submitNationalProgramme;
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      submittedByName: 'Mart Saar',
      canEdit: false,
      canSubmit: false,
    });
    for (const client of [admin, admin2]) {
      const [note] = (await notes(client, true)).myNotifications.filter((n) => n.targetId === draft.id);
      expect(note).toMatchObject({
        kind: 'NATIONAL_PROGRAMME_SUBMITTED',
        targetType: 'NationalProgramme',
        readAt: null,
      });
      expect([param(note, 'countryCode'), param(note, 'revision'), param(note, 'actorName')]).toEqual([
        'EE',
        '1',
        'Mart Saar',
      ]);
    }
    expect((await notes(ee)).myNotifications.filter((n) => n.targetId === draft.id)).toEqual([]);
    expect(
      errorCode(await save('coordinator.ee', { editionId: f.editionId, countryCode: 'EE', moduleIds: order })),
    ).toBe('ALREADY_SUBMITTED');

    const returned = await admin.request<{ returnNationalProgramme: Programme }>(RETURN, {
      id: draft.id,
      comments: '  Put JM3 after a national module.  ',
    });
    expect(returned.data!.returnNationalProgramme).toMatchObject({
      status: 'RETURNED',
      returnComments: 'Put JM3 after a national module.',
      decidedByName: 'Liis Kask',
    });
    const [back] = (await notes(ee, true)).myNotifications.filter((n) => n.targetId === draft.id);
    expect(back.kind).toBe('NATIONAL_PROGRAMME_RETURNED');
    expect(param(back, 'comments')).toBe('Put JM3 after a national module.');
    expect((await notes(await as('coordinator.lv'))).myNotifications.filter((n) => n.targetId === draft.id)).toEqual(
      [],
    );

    const edited = (
      await save('coordinator.ee', {
        editionId: f.editionId,
        countryCode: 'EE',
        moduleIds: [f.ee[0], f.joint[0], f.joint[1], f.ee[1], f.joint[2]],
      })
    ).data!.saveNationalProgramme;
    expect(edited).toMatchObject({
      id: draft.id,
      revision: 1,
      status: 'DRAFT',
      returnComments: 'Put JM3 after a national module.',
    });
    await ee.request(SUBMIT, { id: draft.id });
    const approved = (await admin.request<{ approveNationalProgramme: Programme }>(APPROVE, { id: draft.id })).data!
      .approveNationalProgramme;
    expect(approved).toMatchObject({ status: 'APPROVED', inForce: true, decidedByName: 'Liis Kask', canDecide: false });
    const [yes] = (await notes(ee, true)).myNotifications.filter(
      (n) => n.targetId === draft.id && n.kind === 'NATIONAL_PROGRAMME_APPROVED',
    );
    expect(param(yes, 'actorName')).toBe('Liis Kask');

    const audit = await t.db
      .getRepository(AuditEvent)
      .find({ where: { targetId: draft.id }, order: { occurredAt: 'ASC', id: 'ASC' } });
    expect(audit.map((a) => a.operation)).toEqual([
      'saveNationalProgramme',
      'submitNationalProgramme',
      'returnNationalProgramme',
      'saveNationalProgramme',
      'submitNationalProgramme',
      'approveNationalProgramme',
    ]);
  });

  it('refuses a Latvian coordinator who saves, submits or decides the Estonian programme (FORBIDDEN)', async () => {
    const f = await edition();
    const lv = await as('coordinator.lv');
    expect(
      errorCode(await save('coordinator.lv', { editionId: f.editionId, countryCode: 'EE', moduleIds: [f.ee[0]] })),
    ).toBe('FORBIDDEN');
    const draft = (await save('coordinator.ee', { editionId: f.editionId, countryCode: 'EE', moduleIds: [f.ee[0]] }))
      .data!.saveNationalProgramme;
    expect(errorCode(await lv.request(SUBMIT, { id: draft.id }))).toBe('FORBIDDEN');
    expect(errorCode(await lv.request(APPROVE, { id: draft.id }))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('coordinator.ee')).request(APPROVE, { id: draft.id }))).toBe('FORBIDDEN');
    expect(
      errorCode(await save('trainer.ee', { editionId: f.editionId, countryCode: 'EE', moduleIds: [f.ee[0]] })),
    ).toBe('FORBIDDEN');
    expect(await t.db.getRepository(NationalProgramme).findOneByOrFail({ id: draft.id })).toMatchObject({
      status: 'DRAFT',
      lockVersion: 1,
    });
  });

  it('shows tutors and trainers only approved programmes; coordinators their own and approved ones; observers all', async () => {
    const f = await edition();
    const admin = await as('admin');
    const eeDraft = (
      await save('coordinator.ee', { editionId: f.editionId, countryCode: 'EE', moduleIds: [f.ee[0], f.joint[0]] })
    ).data!.saveNationalProgramme;
    await (await as('coordinator.ee')).request(SUBMIT, { id: eeDraft.id });
    await admin.request(APPROVE, { id: eeDraft.id });
    const lvDraft = (await save('coordinator.lv', { editionId: f.editionId, countryCode: 'LV', moduleIds: [f.lv[0]] }))
      .data!.saveNationalProgramme;

    const seen = async (who: Who) =>
      (
        await (await as(who)).request<{ nationalProgrammes: Programme[] }>(LIST, { editionId: f.editionId })
      ).data!.nationalProgrammes.map((p) => `${p.countryCode}:${p.status}`);
    for (const who of ['trainer.lv', 'tutor.school.ee', 'manager', 'coordinator.ee'] as const)
      expect(await seen(who)).toEqual(['EE:APPROVED']);
    expect(await seen('coordinator.lv')).toEqual(['EE:APPROVED', 'LV:DRAFT']);
    for (const who of ['observer', 'researcher', 'admin'] as const)
      expect(await seen(who)).toEqual(['EE:APPROVED', 'LV:DRAFT']);

    const tutor = await as('tutor.school.ee');
    expect(errorCode(await tutor.request(GET, { id: lvDraft.id }))).toBe('NOT_FOUND');
    expect(errorCode(await (await as('coordinator.ee')).request(GET, { id: lvDraft.id }))).toBe('NOT_FOUND');
    const readable = (await tutor.request<{ nationalProgramme: Programme }>(GET, { id: eeDraft.id })).data!
      .nationalProgramme;
    expect(readable).toMatchObject({ status: 'APPROVED', canEdit: false, canSubmit: false, canDecide: false });
  });

  it.each<[string, (f: Fixture) => Record<string, unknown>, string]>([
    ['an unknown module id', (f) => ({ moduleIds: [f.ee[0], randomUUID()] }), 'moduleIds.1'],
    ['a national module of another country', (f) => ({ moduleIds: [f.joint[0], f.lv[0]] }), 'moduleIds.1'],
    ['the same module twice', (f) => ({ moduleIds: [f.ee[0], f.joint[0], f.ee[0]] }), 'moduleIds.2'],
    ['a module that is not published', (f) => ({ moduleIds: [f.eeDraft] }), 'moduleIds.0'],
    ['a module of another edition', () => ({ moduleIds: [otherEditionModule] }), 'moduleIds.0'],
    ['something that is not an id', () => ({ moduleIds: ['nope'] }), 'moduleIds'],
    ['a country outside the programme', (f) => ({ countryCode: 'FI', moduleIds: [f.joint[0]] }), 'countryCode'],
  ])('refuses %s with VALIDATION_FAILED on the field, storing nothing', async (_what, change, field) => {
    const f = fixture;
    const before = await t.db.getRepository(NationalProgramme).count();
    const res = await save('admin', { editionId: f.editionId, countryCode: 'EE', ...change(f) });
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(fields(res)).toContain(field);
    expect(await t.db.getRepository(NationalProgramme).count()).toBe(before);
  });

  it('refuses to submit an empty programme and to return one without comments', async () => {
    const f = await edition();
    const empty = (await save('coordinator.lt', { editionId: f.editionId, countryCode: 'LT', moduleIds: [] })).data!
      .saveNationalProgramme;
    expect(empty).toMatchObject({ status: 'DRAFT', canSubmit: false, items: [] });
    const lt = await as('coordinator.lt');
    const res = await lt.request(SUBMIT, { id: empty.id });
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(fields(res)).toEqual(['moduleIds']);
    await save('coordinator.lt', { editionId: f.editionId, countryCode: 'LT', moduleIds: [f.lt[0]] });
    await lt.request(SUBMIT, { id: empty.id });
    const noComments = await (await as('admin')).request(RETURN, { id: empty.id, comments: '   ' });
    expect(errorCode(noComments)).toBe('VALIDATION_FAILED');
    expect(fields(noComments)).toEqual(['comments']);
    expect(await t.db.getRepository(NationalProgramme).findOneByOrFail({ id: empty.id })).toMatchObject({
      status: 'SUBMITTED',
    });
  });

  it('refuses deciding a programme not submitted (NOT_SUBMITTED), submitting twice (ALREADY_SUBMITTED) and deciding twice (ALREADY_DECIDED)', async () => {
    const f = await edition();
    const admin = await as('admin');
    const p = (await save('coordinator.ee', { editionId: f.editionId, countryCode: 'EE', moduleIds: [f.ee[0]] })).data!
      .saveNationalProgramme;
    expect((await admin.request(APPROVE, { id: p.id })).errors?.[0]?.extensions).toEqual({
      code: 'NOT_SUBMITTED',
      status: 'DRAFT',
    });
    await (await as('coordinator.ee')).request(SUBMIT, { id: p.id });
    expect(errorCode(await (await as('coordinator.ee')).request(SUBMIT, { id: p.id }))).toBe('ALREADY_SUBMITTED');
    expect((await admin.request(APPROVE, { id: p.id })).errors).toBeUndefined();
    const again = await admin.request(APPROVE, { id: p.id });
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'ALREADY_DECIDED', status: 'APPROVED' });
    expect(again.errors![0].message).toMatch(/already approved/);
    expect(errorCode(await admin.request(RETURN, { id: p.id, comments: 'Too late' }))).toBe('ALREADY_DECIDED');
    expect(
      await t.db.getRepository(AuditEvent).countBy({ operation: 'approveNationalProgramme', targetId: p.id }),
    ).toBe(1);
  });

  it('lets exactly one of two concurrent approvals win; the other gets ALREADY_DECIDED', async () => {
    const f = await edition();
    const p = (
      await save('coordinator.lv', { editionId: f.editionId, countryCode: 'LV', moduleIds: [f.lv[0], f.joint[0]] })
    ).data!.saveNationalProgramme;
    await (await as('coordinator.lv')).request(SUBMIT, { id: p.id });
    const first = await as('admin');
    const other = await signInAsPerson(t, { id: first.personId, email: first.email });
    const results = await Promise.all([
      (await as('admin')).request(APPROVE, { id: p.id }),
      other.request(APPROVE, { id: p.id }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'ALREADY_DECIDED')).toHaveLength(1);
    expect(
      await t.db.getRepository(AuditEvent).countBy({ operation: 'approveNationalProgramme', targetId: p.id }),
    ).toBe(1);
    const approvals = await t.db.query(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'NATIONAL_PROGRAMME_APPROVED' AND payload ->> 'targetId' = $1`,
      [p.id],
    );
    expect(approvals[0].n).toBe(1);
  });

  it('gives STALE_WRITE to a save that started from a stale lock version', async () => {
    const f = await edition();
    const p = (await save('coordinator.ee', { editionId: f.editionId, countryCode: 'EE', moduleIds: [f.ee[0]] })).data!
      .saveNationalProgramme;
    const first = await save('coordinator.ee', {
      editionId: f.editionId,
      countryCode: 'EE',
      moduleIds: [f.ee[1]],
      expectedLockVersion: p.lockVersion,
    });
    expect(first.errors).toBeUndefined();
    const stale = await save('admin', {
      editionId: f.editionId,
      countryCode: 'EE',
      moduleIds: [f.joint[0]],
      expectedLockVersion: p.lockVersion,
    });
    expect(errorCode(stale)).toBe('STALE_WRITE');
    const [item] = (await (await as('coordinator.ee')).request<{ nationalProgramme: Programme }>(GET, { id: p.id }))
      .data!.nationalProgramme.items;
    expect(item.code).toBe('EE-N2');
  });

  it('starts revision n+1 when an approved programme changes; n stays in force until n+1 is approved', async () => {
    const f = await edition();
    const ee = await as('coordinator.ee');
    const admin = await as('admin');
    const list = [f.ee[0], f.joint[0]];
    const r1 = (await save('coordinator.ee', { editionId: f.editionId, countryCode: 'EE', moduleIds: list })).data!
      .saveNationalProgramme;
    await ee.request(SUBMIT, { id: r1.id });
    const approved = (await admin.request<{ approveNationalProgramme: Programme }>(APPROVE, { id: r1.id })).data!
      .approveNationalProgramme;

    const unchanged = (await save('coordinator.ee', { editionId: f.editionId, countryCode: 'EE', moduleIds: list }))
      .data!.saveNationalProgramme;
    expect(unchanged).toMatchObject({ id: r1.id, revision: 1, status: 'APPROVED' });

    const r2 = (
      await save('coordinator.ee', {
        editionId: f.editionId,
        countryCode: 'EE',
        moduleIds: [...list, f.ee[1]],
        expectedLockVersion: approved.lockVersion,
      })
    ).data!.saveNationalProgramme;
    expect(r2).toMatchObject({ revision: 2, status: 'DRAFT', inForce: false, canEdit: true });
    expect(r2.id).not.toBe(r1.id);
    expect(r2.items.map((i) => i.code)).toEqual(['EE-N1', 'JM1', 'EE-N2']);
    expect(r2.revisions.map((r) => [r.revision, r.status, r.inForce])).toEqual([
      [2, 'DRAFT', false],
      [1, 'APPROVED', true],
    ]);
    // Someone still holding revision 1 cannot overwrite revision 2.
    expect(
      errorCode(
        await save('admin', {
          editionId: f.editionId,
          countryCode: 'EE',
          moduleIds: list,
          expectedLockVersion: approved.lockVersion,
        }),
      ),
    ).toBe('STALE_WRITE');
    const locked = (await ee.request<{ nationalProgramme: Programme }>(GET, { id: r1.id })).data!.nationalProgramme;
    expect(locked).toMatchObject({
      status: 'APPROVED',
      canEdit: false,
      items: [expect.objectContaining({ code: 'EE-N1' }), expect.objectContaining({ code: 'JM1' })],
    });

    const trainer = await as('trainer.ee');
    const trainerView = async () =>
      (await trainer.request<{ nationalProgrammes: Programme[] }>(LIST, { editionId: f.editionId })).data!
        .nationalProgrammes;
    expect((await trainerView()).map((p) => [p.revision, p.status, p.revisions.length])).toEqual([[1, 'APPROVED', 1]]);

    await ee.request(SUBMIT, { id: r2.id });
    await admin.request(APPROVE, { id: r2.id });
    expect((await trainerView()).map((p) => [p.revision, p.status, p.inForce])).toEqual([[2, 'APPROVED', true]]);
    const history = (await ee.request<{ nationalProgramme: Programme }>(GET, { id: r2.id })).data!.nationalProgramme
      .revisions;
    expect(history.map((r) => [r.revision, r.status, r.inForce, !!r.supersededAt])).toEqual([
      [2, 'APPROVED', true, false],
      [1, 'APPROVED', false, true],
    ]);
  });

  it('creates one revision 1 when two first saves race', async () => {
    const f = await edition();
    const results = await Promise.all([
      save('coordinator.lt', { editionId: f.editionId, countryCode: 'LT', moduleIds: [f.lt[0]] }),
      save('admin', { editionId: f.editionId, countryCode: 'LT', moduleIds: [f.joint[0]] }),
    ]);
    expect(results.every((r) => !r.errors || errorCode(r) === 'STALE_WRITE')).toBe(true);
    expect(await t.db.getRepository(NationalProgramme).countBy({ editionId: f.editionId, countryCode: 'LT' })).toBe(1);
  });

  it('lets only its recipient read and mark a notification', async () => {
    const f = await edition();
    const p = (await save('coordinator.lv', { editionId: f.editionId, countryCode: 'LV', moduleIds: [f.lv[0]] })).data!
      .saveNationalProgramme;
    await (await as('coordinator.lv')).request(SUBMIT, { id: p.id });
    const admin = await as('admin');
    const before = await notes(admin, true);
    const [mine] = before.myNotifications.filter((n) => n.targetId === p.id);

    const lv = await as('coordinator.lv');
    expect((await notes(lv)).myNotifications.map((n) => n.id)).not.toContain(mine.id);
    expect(errorCode(await lv.request(MARK, { ids: [mine.id] }))).toBe('NOT_FOUND');
    expect(await t.db.getRepository(Notification).findOneByOrFail({ id: mine.id })).toMatchObject({ readAt: null });

    const marked = await admin.request<{ markNotificationsRead: { id: string; readAt: string | null }[] }>(MARK, {
      ids: [mine.id],
    });
    expect(marked.data!.markNotificationsRead).toEqual([{ id: mine.id, readAt: expect.any(String) }]);
    const after = await notes(admin, true);
    expect(after.unreadNotificationCount).toBe(before.unreadNotificationCount - 1);
    expect(after.myNotifications.map((n) => n.id)).not.toContain(mine.id);
    expect((await notes(admin)).myNotifications.find((n) => n.id === mine.id)?.readAt).toEqual(expect.any(String));
  });
});
