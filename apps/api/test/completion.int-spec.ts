import {
  acceptAttendedAssignments,
  assignmentFor,
  attend,
  mark,
  newSession,
  newTutors,
  submitSelfAssessment,
  type TestTandem,
} from './support/completion-facts';
import { givenAssignment, givenEdition, givenModule } from './support/factories';
import { errorCode } from './support/gql-client';
import { cast, signInAsPerson, type SignedInClient } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';
import { CompletionService } from '../src/modules/completion/completion.service';

const RULE = `mutation R($input: SetCompletionRuleInput!) { setCompletionRule(input: $input) { revision minNationalHours requiredJointNumbers refreshedAt } }`;
const REFRESH = `mutation { refreshCompletion { people changes } }`;
const PROGRESS = `query P($personId: ID!) { tutorProgress(personId: $personId) { status trainedAt onTrack requirements { kind done achieved required moduleNumber } } }`;
const MINE = `query { myProgress { status requirements { kind done achieved required } } }`;
const WITHDRAW = `mutation W($input: WithdrawTutorInput!) { withdrawTutor(input: $input) { status } }`;
const REINSTATE = `mutation W($input: ReinstateTutorInput!) { reinstateTutor(input: $input) { status } }`;

/** The spec's rule: joint module 1, 24 national hours, the AFTER_MODULE 1 round, the assignments of attended modules. */
const THE_RULE = {
  requiredJointNumbers: [1],
  minJointModules: 0,
  minNationalHours: 24,
  selfAssessmentKind: 'AFTER_MODULE',
  selfAssessmentModuleNumber: 1,
  assignmentsMode: 'ATTENDED_MODULES',
};

describe('completion rules', () => {
  let t: TestApp;
  let editionId: string;
  const staff = cast(() => t, {
    admin: { role: 'ADMIN' },
    'coordinator.ee': { role: 'COORDINATOR', countryCode: 'EE' },
    'coordinator.lv': { role: 'COORDINATOR', countryCode: 'LV' },
    'coordinator.lt': { role: 'COORDINATOR', countryCode: 'LT' },
    observer: { role: 'OBSERVER' },
    'tutor.school.ee': { role: 'TUTOR' },
  });
  type Staff = Parameters<typeof staff>[0];
  /** A person of the spec by name, or a tutor of a test tandem by e-mail. */
  const tutors = new Map<string, SignedInClient>();
  const as = async (who: string): Promise<SignedInClient> => tutors.get(who) ?? staff(who as Staff);
  const tutorsOf = async (tandem: TestTandem) => {
    tutors.set(tandem.schoolEmail, await signInAsPerson(t, { id: tandem.school, email: tandem.schoolEmail }));
    tutors.set(tandem.companyEmail, await signInAsPerson(t, { id: tandem.company, email: tandem.companyEmail }));
    return tandem;
  };
  const refresh = async () => {
    const res = await (await as('admin')).request<{ refreshCompletion: { people: number; changes: number } }>(REFRESH);
    expect(res.errors).toBeUndefined();
    return res.data!.refreshCompletion;
  };
  const statusOf = async (personId: string): Promise<string> =>
    (
      (await t.db.query(`SELECT status FROM completion_status WHERE person_id = $1`, [personId])) as {
        status: string;
      }[]
    )[0]?.status;
  const setRule = async (rule: Record<string, unknown>, who = 'admin') =>
    (await as(who)).request<{ setCompletionRule: { revision: number } }>(RULE, {
      input: { editionId, ...rule },
    });

  /** A tandem of `country` that attended JM1 and `hours` of national sessions, submitted the round and had JM1's assignment accepted. */
  const completeTandem = async (country: string, hours: number[]): Promise<TestTandem> => {
    const tandem = await tutorsOf(await newTutors(t.db, editionId, country));
    await attend(t.db, tandem, await newSession(t.db, editionId, 'JM1', 16, 40));
    for (const h of hours) await attend(t.db, tandem, await newSession(t.db, editionId, `${country}-N1`, h, 30));
    await submitSelfAssessment(t.db, editionId, tandem.school);
    await submitSelfAssessment(t.db, editionId, tandem.company);
    await acceptAttendedAssignments(t.db, editionId, tandem);
    return tandem;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const edition = await givenEdition(t.db);
    editionId = edition.id;
    const jm1 = await givenModule(t.db, { edition, number: 1, code: 'JM1' });
    await givenAssignment(t.db, { module: jm1, title: 'Plan the first visit' });
    for (const code of ['EE-N1', 'EE-N2', 'LV-N1', 'LV-N2', 'LT-N1'])
      await givenModule(t.db, { edition, countryCode: code.slice(0, 2), code });
    expect((await setRule(THE_RULE)).errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('counts national hours at the edge: 23 hours is not trained, 24 is', async () => {
    const tandem = await completeTandem('EE', [8, 8, 7]);
    await refresh();
    expect(await statusOf(tandem.school)).toBe('IN_TRAINING');
    const progress = await (
      await as(tandem.schoolEmail)
    ).request<{
      myProgress: {
        status: string;
        requirements: {
          kind: string;
          done: boolean;
          achieved: number;
          required: number;
        }[];
      };
    }>(MINE);
    expect(progress.data!.myProgress.status).toBe('IN_TRAINING');
    expect(progress.data!.myProgress.requirements).toEqual([
      { kind: 'JOINT_MODULE', done: true, achieved: 1, required: 1 },
      { kind: 'NATIONAL_HOURS', done: false, achieved: 23, required: 24 },
      { kind: 'SELF_ASSESSMENT', done: true, achieved: 1, required: 1 },
      // the assignments of the attended modules: JM1's (accepted) and none of EE-N1
      {
        kind: 'ASSIGNMENTS',
        done: true,
        achieved: expect.any(Number),
        required: expect.any(Number),
      },
    ]);
    await attend(t.db, tandem, await newSession(t.db, editionId, 'EE-N2', 1, 20));
    await acceptAttendedAssignments(t.db, editionId, tandem);
    await refresh();
    expect(await statusOf(tandem.school)).toBe('TRAINED');
    expect(await statusOf(tandem.company)).toBe('TRAINED');
    // trained when the last needed fact came true: the 1-hour session that ended 20 days ago
    const [{ days }] = await t.db.query(
      `SELECT round(extract(epoch FROM now() - trained_at) / 86400)::int AS days FROM completion_status WHERE person_id = $1`,
      [tandem.school],
    );
    expect(days).toBe(20);
  });

  it('does not count ABSENT or EXCUSED attendance, of national sessions or the joint module', async () => {
    const tandem = await completeTandem('LV', [8, 8]);
    const absentSession = await newSession(t.db, editionId, 'LV-N2', 8, 25);
    await attend(t.db, tandem, absentSession, 'ABSENT');
    await mark(t.db, absentSession, tandem.company, 'EXCUSED');
    await refresh();
    expect(await statusOf(tandem.school)).toBe('IN_TRAINING');
    expect(await statusOf(tandem.company)).toBe('IN_TRAINING');
    await mark(t.db, absentSession, tandem.school, 'PRESENT');
    await acceptAttendedAssignments(t.db, editionId, tandem);
    await refresh();
    expect(await statusOf(tandem.school)).toBe('TRAINED');
    expect(await statusOf(tandem.company)).toBe('IN_TRAINING');

    // joint module 1 EXCUSED: 24 hours are not enough without it
    const other = await newTutors(t.db, editionId, 'LV');
    await attend(t.db, other, await newSession(t.db, editionId, 'JM1', 16, 40), 'EXCUSED');
    await attend(t.db, other, await newSession(t.db, editionId, 'LV-N2', 24, 30));
    await submitSelfAssessment(t.db, editionId, other.school);
    await refresh();
    const progress = await (
      await as('coordinator.lv')
    ).request<{
      tutorProgress: {
        status: string;
        requirements: { kind: string; done: boolean }[];
      };
    }>(PROGRESS, {
      personId: other.school,
    });
    expect(progress.data!.tutorProgress.status).toBe('IN_TRAINING');
    expect(progress.data!.tutorProgress.requirements.find((r) => r.kind === 'JOINT_MODULE')!.done).toBe(false);
  });

  it('requires the accepted assignments of attended modules, and keeps those of a dissolved tandem', async () => {
    const tandem = await completeTandem('LT', [24]);
    const assignment = await assignmentFor(t.db, editionId, 'JM1', tandem.tandemId, 'SUBMITTED');
    await refresh();
    expect(await statusOf(tandem.school)).toBe('IN_TRAINING');
    await t.db.query(
      `UPDATE assignment_submission SET status = 'ACCEPTED', reviewed_at = now() WHERE assignment_id = $1`,
      [assignment],
    );
    await refresh();
    expect(await statusOf(tandem.school)).toBe('TRAINED');
    await t.db.query(
      `UPDATE tandem SET status = 'DISSOLVED', dissolved_at = now(), dissolution_kind = 'DISSOLVED', dissolution_reason = 'test' WHERE id = $1`,
      [tandem.tandemId],
    );
    await refresh();
    // accepted work was done and reviewed: it still counts for both former partners
    expect(await statusOf(tandem.school)).toBe('TRAINED');
    expect(await statusOf(tandem.company)).toBe('TRAINED');
  });

  it('makes a withdrawn tutor WITHDRAWN whatever else is true; only their country’s coordinator or ADMIN may withdraw', async () => {
    const tandem = await completeTandem('EE', [24]);
    await refresh();
    expect(await statusOf(tandem.school)).toBe('TRAINED');
    const input = {
      editionId,
      personId: tandem.school,
      reason: 'Changed employer',
    };
    expect(errorCode(await (await as('coordinator.lv')).request(WITHDRAW, { input }))).toBe('NOT_FOUND');
    expect(errorCode(await (await as('tutor.school.ee')).request(WITHDRAW, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('coordinator.ee')).request(WITHDRAW, { input: { ...input, reason: '  ' } }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(await statusOf(tandem.school)).toBe('TRAINED');
    const res = await (await as('coordinator.ee')).request<{ withdrawTutor: { status: string } }>(WITHDRAW, { input });
    expect(res.data?.withdrawTutor.status).toBe('WITHDRAWN');
    expect(await statusOf(tandem.school)).toBe('WITHDRAWN');
    expect(errorCode(await (await as('coordinator.ee')).request(WITHDRAW, { input }))).toBe('ALREADY_WITHDRAWN');
    const back = await (
      await as('admin')
    ).request<{ reinstateTutor: { status: string } }>(REINSTATE, {
      input: { editionId, personId: tandem.school },
    });
    expect(back.data?.reinstateTutor.status).toBe('TRAINED');
    const again = await (await as('admin')).request(REINSTATE, { input: { editionId, personId: tandem.school } });
    expect(errorCode(again)).toBe('NOT_WITHDRAWN');
    const history: { from_status: string | null; to_status: string }[] = await t.db.query(
      `SELECT from_status, to_status FROM completion_status_change WHERE person_id = $1 ORDER BY id`,
      [tandem.school],
    );
    expect(history.map((h) => h.to_status).slice(-3)).toEqual(['TRAINED', 'WITHDRAWN', 'TRAINED']);
  });

  it('shows a tutor’s progress to them, their partner, coordinator and manager; NOT_FOUND to others', async () => {
    const tandem = await tutorsOf(await newTutors(t.db, editionId, 'EE'));
    for (const who of [tandem.schoolEmail, tandem.companyEmail, 'coordinator.ee', 'admin']) {
      const res = await (
        await as(who)
      ).request<{ tutorProgress: { status: string } }>(PROGRESS, {
        personId: tandem.school,
      });
      expect(res.data?.tutorProgress.status).toBe('IN_TANDEM');
    }
    expect(errorCode(await (await as('coordinator.lt')).request(PROGRESS, { personId: tandem.school }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await (await as('tutor.school.ee')).request(PROGRESS, { personId: tandem.school }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await (await as('observer')).request(PROGRESS, { personId: tandem.school }))).toBe('FORBIDDEN');
  });

  it('refuses a rule from anyone but ADMIN and bad rules with VALIDATION_FAILED, changing nothing', async () => {
    const [{ revision }] = await t.db.query(`SELECT revision FROM completion_rule WHERE edition_id = $1`, [editionId]);
    expect(errorCode(await setRule(THE_RULE, 'coordinator.ee'))).toBe('FORBIDDEN');
    expect(errorCode(await setRule({ ...THE_RULE, minNationalHours: -1 }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await setRule({ ...THE_RULE, requiredJointNumbers: [4] }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await setRule({ ...THE_RULE, selfAssessmentModuleNumber: null }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await setRule({ ...THE_RULE, assignmentsMode: 'AT_LEAST' }))).toBe('VALIDATION_FAILED');
    expect(
      (await t.db.query(`SELECT revision FROM completion_rule WHERE edition_id = $1`, [editionId]))[0].revision,
    ).toBe(revision);
  });

  it('recomputes everyone when the rule changes and keeps the history of who was trained', async () => {
    const tandem = await completeTandem('EE', [24]);
    await refresh();
    expect(await statusOf(tandem.school)).toBe('TRAINED');
    const stricter = await setRule({ ...THE_RULE, minNationalHours: 30 });
    expect(stricter.errors).toBeUndefined();
    expect(await statusOf(tandem.school)).toBe('IN_TRAINING');
    expect((await setRule(THE_RULE)).errors).toBeUndefined();
    expect(await statusOf(tandem.school)).toBe('TRAINED');
    const history: { to_status: string; rule_revision: number }[] = await t.db.query(
      `SELECT to_status, rule_revision FROM completion_status_change WHERE person_id = $1 ORDER BY id`,
      [tandem.school],
    );
    expect(history.slice(-3).map((h) => h.to_status)).toEqual(['TRAINED', 'IN_TRAINING', 'TRAINED']);
    expect(history.at(-1)!.rule_revision).toBeGreaterThan(history.at(-2)!.rule_revision);
  });

  it('lets the minute job recompute when a fact changed, and skip when nothing did', async () => {
    const job = t.app.get(CompletionService);
    const refreshedAt = async (): Promise<Date> =>
      (await t.db.query(`SELECT refreshed_at FROM completion_rule WHERE edition_id = $1`, [editionId]))[0].refreshed_at;
    const tandem = await completeTandem('EE', [24]);
    await job.refreshRunningEditions();
    expect(await statusOf(tandem.school)).toBe('TRAINED');
    const first = await refreshedAt();
    await job.refreshRunningEditions();
    expect((await refreshedAt()).getTime()).toBe(first.getTime());
    const [jm1] = await t.db.query(
      `SELECT pt.session_id FROM person_training pt WHERE pt.person_id = $1 AND pt.module_kind = 'JOINT'`,
      [tandem.school],
    );
    await mark(t.db, jm1.session_id, tandem.school, 'ABSENT');
    await job.refreshRunningEditions();
    expect(await statusOf(tandem.school)).toBe('IN_TRAINING');
    expect((await refreshedAt()).getTime()).toBeGreaterThan(first.getTime());
  });

  it('records one status change per person under concurrent refreshes (the rule row serialises them)', async () => {
    const tandem = await completeTandem('LT', [24]);
    const admin = await as('admin');
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => admin.request<{ refreshCompletion: { changes: number } }>(REFRESH)),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const rows: { to_status: string }[] = await t.db.query(
      `SELECT to_status FROM completion_status_change WHERE person_id = $1 ORDER BY id`,
      [tandem.school],
    );
    expect(rows.map((r) => r.to_status)).toEqual(['TRAINED']);
  });
});
