import { AuditEvent } from '../src/audit/audit-event.entity';
import { StudyVisit } from '../src/modules/study-visits/study-visit.entity';
import { errorCode, GqlResponse } from './support/gql-client';
import { cast } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

interface Visit {
  id: string;
  title: string;
  hostCountry: string;
  hostOrganisations: string[];
  startsOn: string;
  endsOn: string;
  description: string | null;
  agenda: { day: string; time: string | null; title: string; place: string | null }[];
  budget: { label: string; amount: number }[];
  budgetTotal: number;
  organisedByCountry: string | null;
  canEdit: boolean;
}

const VISIT = `id title hostCountry hostOrganisations startsOn endsOn description
  agenda { day time title place } budget { label amount } budgetTotal organisedByCountry canEdit`;
const CREATE = `mutation C($input: StudyVisitInput!) { createStudyVisit(input: $input) { ${VISIT} } }`;
const UPDATE = `mutation U($id: ID!, $input: StudyVisitInput!) { updateStudyVisit(id: $id, input: $input) { ${VISIT} } }`;

const plan = (overrides: Record<string, unknown> = {}) => ({
  title: 'Job shadowing in Tallinn workshops',
  hostCountry: 'EE',
  hostOrganisations: ['Tallinn Polytechnic School', 'Baltic Metal OÜ'],
  startsOn: '2027-03-08',
  endsOn: '2027-03-10',
  description: 'Three days with school and company tutors.',
  agenda: [
    { day: '2027-03-09', time: '10:00', title: 'Workshop visit', place: 'Baltic Metal OÜ' },
    { day: '2027-03-08', time: '09:00', title: 'Welcome', place: 'Tallinn Polytechnic School' },
  ],
  budget: [
    { label: 'Travel', amount: 1200.5 },
    { label: 'Accommodation', amount: 840 },
  ],
  ...overrides,
});

const fieldsOf = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] ?? []) as { field: string; rule: string }[]).map(
    (f) => `${f.field}:${f.rule}`,
  );

describe('planning study visits', () => {
  let t: TestApp;
  const as = cast(() => t, {
    admin: { role: 'ADMIN' },
    'coordinator.ee': { role: 'COORDINATOR', countryCode: 'EE' },
    'coordinator.lv': { role: 'COORDINATOR', countryCode: 'LV' },
    'trainer.ee': { role: 'TRAINER', countryCode: 'EE' },
    tutor: { role: 'TUTOR' },
  });
  const visits = () => t.db.getRepository(StudyVisit).count();
  const audited = (operation: string) => t.db.getRepository(AuditEvent).count({ where: { operation } });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a coordinator plans a visit for her country: agenda in order, budget summed, audited', async () => {
    const coordinator = await as('coordinator.ee');
    const res = await coordinator.request<{ createStudyVisit: Visit }>(CREATE, { input: plan() });
    expect(res.errors).toBeUndefined();
    const visit = res.data!.createStudyVisit;
    expect(visit).toMatchObject({
      title: 'Job shadowing in Tallinn workshops',
      hostCountry: 'EE',
      hostOrganisations: ['Tallinn Polytechnic School', 'Baltic Metal OÜ'],
      organisedByCountry: 'EE',
      canEdit: true,
      budget: [
        { label: 'Travel', amount: 1200.5 },
        { label: 'Accommodation', amount: 840 },
      ],
      budgetTotal: 2040.5,
    });
    expect(visit.agenda.map((a) => a.title)).toEqual(['Welcome', 'Workshop visit']);
    expect(await audited('createStudyVisit')).toBe(1);

    const updated = await coordinator.request<{ updateStudyVisit: Visit }>(UPDATE, {
      id: visit.id,
      input: plan({ title: 'Job shadowing in Tallinn', hostCountry: 'fi', budget: [] }),
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateStudyVisit).toMatchObject({
      title: 'Job shadowing in Tallinn',
      hostCountry: 'FI',
      budget: [],
      budgetTotal: 0,
      organisedByCountry: 'EE',
    });
    expect(await audited('updateStudyVisit')).toBe(1);
  });

  it('an admin plans a visit of the whole programme, which only admins change', async () => {
    const admin = await as('admin');
    const res = await admin.request<{ createStudyVisit: Visit }>(CREATE, {
      input: plan({ title: 'Study visit: WBL tutor training in Finland', hostCountry: 'FI' }),
    });
    expect(res.errors).toBeUndefined();
    const visit = res.data!.createStudyVisit;
    expect(visit.organisedByCountry).toBeNull();
    const coordinator = await as('coordinator.ee');
    const read = await coordinator.request<{ studyVisit: Visit }>(
      `query Q($id: ID!) { studyVisit(id: $id) { canEdit } }`,
      {
        id: visit.id,
      },
    );
    expect(read.data!.studyVisit.canEdit).toBe(false);
    expect(errorCode(await coordinator.request(UPDATE, { id: visit.id, input: plan() }))).toBe('FORBIDDEN');
    expect((await admin.request(UPDATE, { id: visit.id, input: plan({ hostCountry: 'SE' }) })).errors).toBeUndefined();
  });

  it('refuses trainers and tutors: FORBIDDEN, nothing stored', async () => {
    const before = await visits();
    for (const who of ['trainer.ee', 'tutor'] as const) {
      const client = await as(who);
      expect(errorCode(await client.request(CREATE, { input: plan() }))).toBe('FORBIDDEN');
    }
    expect(await visits()).toBe(before);
  });

  it('refuses a coordinator of another country: neither planning for it nor changing its visit', async () => {
    const ee = await as('coordinator.ee');
    const lv = await as('coordinator.lv');
    const before = await visits();
    expect(errorCode(await ee.request(CREATE, { input: plan({ organisedByCountry: 'LV' }) }))).toBe('FORBIDDEN');
    expect(await visits()).toBe(before);

    const created = await lv.request<{ createStudyVisit: Visit }>(CREATE, { input: plan({ title: 'Riga visit' }) });
    const id = created.data!.createStudyVisit.id;
    expect(created.data!.createStudyVisit.organisedByCountry).toBe('LV');
    expect(errorCode(await ee.request(UPDATE, { id, input: plan({ title: 'Taken over' }) }))).toBe('FORBIDDEN');
    expect((await t.db.getRepository(StudyVisit).findOneByOrFail({ id })).title).toBe('Riga visit');

    // Nor selects its participants: a tutor applies, the Estonian coordinator is refused.
    const tutor = await as('tutor');
    expect(
      (await tutor.request(`mutation A($id: ID!) { applyToStudyVisit(id: $id) { id } }`, { id })).errors,
    ).toBeUndefined();
    const [applicant] = await t.db.query(`SELECT person_id FROM study_visit_participant WHERE study_visit_id = $1`, [
      id,
    ]);
    const SELECT = `mutation S($id: ID!, $personId: ID!) { setStudyVisitParticipantStatus(id: $id, personId: $personId, status: SELECTED) { id } }`;
    expect(errorCode(await ee.request(SELECT, { id, personId: applicant.person_id }))).toBe('FORBIDDEN');
    expect((await lv.request(SELECT, { id, personId: applicant.person_id })).errors).toBeUndefined();
  });

  it('refuses bad input with every field named: VALIDATION_FAILED and nothing stored', async () => {
    const coordinator = await as('coordinator.ee');
    const before = await visits();
    const dates = await coordinator.request(CREATE, {
      input: plan({ startsOn: '2027-03-10', endsOn: '2027-03-08', hostCountry: 'XX' }),
    });
    expect(errorCode(dates)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(dates)).toEqual(['input.hostCountry:countryCode', 'input.endsOn:notBeforeStart']);

    const shapes = await coordinator.request(CREATE, {
      input: plan({
        title: '   ',
        budget: [{ label: 'Travel', amount: -10 }],
        agenda: [{ day: '2027-03-08', time: '25:00', title: 'Welcome', place: null }],
      }),
    });
    expect(errorCode(shapes)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(shapes)).toEqual(
      expect.arrayContaining(['input.title:required', 'input.agenda.0.time:format', 'input.budget.0.amount:min']),
    );

    const outside = await coordinator.request(CREATE, {
      input: plan({ agenda: [{ day: '2027-04-01', title: 'Too late' }] }),
    });
    expect(fieldsOf(outside)).toEqual(['input.agenda.0.day:withinVisit']);
    expect(await visits()).toBe(before);

    const existing = await coordinator.request<{ createStudyVisit: Visit }>(CREATE, { input: plan({ title: 'Kept' }) });
    const id = existing.data!.createStudyVisit.id;
    const bad = await coordinator.request(UPDATE, { id, input: plan({ title: 'Changed', endsOn: '2027-03-01' }) });
    expect(fieldsOf(bad)).toEqual(['input.endsOn:notBeforeStart']);
    expect((await t.db.getRepository(StudyVisit).findOneByOrFail({ id })).title).toBe('Kept');
  });
});
