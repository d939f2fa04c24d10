import { row } from './support/db';
import {
  givenAssignment,
  givenCompetenceProfile,
  givenEdition,
  givenModule,
  givenRound,
  givenSelfAssessment,
  givenSubmission,
  givenTandem,
  givenTutor,
  type GivenModule,
  type GivenTandem,
  type GivenTutor,
} from './support/factories';
import { givenSession } from './support/factories/training-sessions';
import { errorCode } from './support/gql-client';
import { signInAs, signInAsPerson } from './support/sign-in';
import { startTestApp, type TestApp } from './support/test-app';

const STEPS = `query Steps($editionId: ID) { myNextSteps(editionId: $editionId) { kind done href moduleNumber roundKind dueAt } }`;
const QUEUE = `query Queue($editionId: ID) { myWorkQueue(editionId: $editionId) { kind count overdue oldestAt href } }`;

/** The shape the session factory takes, from a module of the module factory. */
const sessionOf = (m: GivenModule) => ({ ...m, moduleId: m.id });

interface Step {
  kind: string;
  done: boolean;
  href: string;
  moduleNumber: number | null;
  roundKind: string | null;
}
interface Item {
  kind: string;
  count: number;
  overdue: number;
  oldestAt: string | null;
  href: string;
}

describe('home: next steps and work queues', () => {
  let t: TestApp;
  let editionId: string;
  let tandem: GivenTandem;
  let afterModuleDraft: string;
  let loner: GivenTutor;

  beforeAll(async () => {
    t = await startTestApp();
    const edition = await givenEdition(t.db);
    editionId = edition.id;
    const profile = await givenCompetenceProfile(t.db, { areas: ['A'], perArea: 2 });
    const joint1 = await givenModule(t.db, { edition, number: 1 });
    await givenModule(t.db, { edition, number: 2 });
    const national = await givenModule(t.db, { edition, countryCode: 'EE' });
    tandem = await givenTandem(t.db, { edition, countryCode: 'EE' });

    // Baseline submitted; the after-module-1 round open with a draft.
    const baseline = await givenRound(t.db, { edition, profile, kind: 'BASELINE', opensInDays: -60, closesInDays: 10 });
    await givenSelfAssessment(t.db, { roundId: baseline, profile, personId: tandem.school.id });
    const after1 = await givenRound(t.db, {
      edition,
      profile,
      kind: 'AFTER_MODULE',
      moduleNumber: 1,
      opensInDays: -5,
      closesInDays: 20,
    });
    afterModuleDraft = await givenSelfAssessment(t.db, {
      roundId: after1,
      profile,
      personId: tandem.school.id,
      status: 'DRAFT',
    });

    // Joint module 1 attended in the past; a national session booked ahead.
    const past = await givenSession(t.db, sessionOf(joint1), { inDays: -10 });
    const ahead = await givenSession(t.db, sessionOf(national), { inDays: 7 });
    for (const session of [past, ahead]) {
      const { id } = await row<{ id: string }>(
        t.db,
        `INSERT INTO enrolment (session_id, tandem_id, status, seats, queued_at, confirmed_at)
         VALUES ($1, $2, 'CONFIRMED', 2, now(), now()) RETURNING id`,
        [session, tandem.id],
      );
      await t.db.query(
        `INSERT INTO enrolment_person (enrolment_id, person_id, session_id, enrolment_status)
         VALUES ($1, $2, $3, 'CONFIRMED'), ($1, $4, $3, 'CONFIRMED')`,
        [id, tandem.school.id, session, tandem.company.id],
      );
    }
    await t.db.query(`INSERT INTO attendance (session_id, person_id, status) VALUES ($1, $2, 'PRESENT')`, [
      past,
      tandem.school.id,
    ]);

    // An assignment of joint module 1, submitted 20 days ago (overdue for review).
    const assignment = await givenAssignment(t.db, { module: joint1 });
    const submission = await givenSubmission(t.db, { assignment, tandem, status: 'SUBMITTED' });
    await t.db.query(`UPDATE assignment_submission SET submitted_at = now() - interval '20 days' WHERE id = $1`, [
      submission.id,
    ]);

    // EE: three unpaired tutors, a pending application, a full session with a waitlist.
    loner = await givenTutor(t.db, { edition, countryCode: 'EE', side: 'SCHOOL' });
    await givenTutor(t.db, { edition, countryCode: 'EE', side: 'SCHOOL' });
    await givenTutor(t.db, { edition, countryCode: 'EE', side: 'COMPANY' });
    await t.db.query(
      `INSERT INTO network_application (organisation_name, kind, country_code, registry_code, city, contact_given_name,
                                        contact_family_name, contact_email, preferred_language, requester_ip_hash, created_at)
       VALUES ('Pärnu Puit OÜ', 'COMPANY', 'EE', 'HOME-1', 'Pärnu', 'Mari', 'Tamm', 'mari@home.example', 'et',
               repeat('a', 64), now() - interval '3 days')`,
    );
    const full = await givenSession(t.db, sessionOf(national), { inDays: 14, capacity: 2 });
    const waiting = await givenTandem(t.db, { edition, countryCode: 'EE' });
    await t.db.query(
      `INSERT INTO enrolment (session_id, tandem_id, status, seats, queued_at) VALUES ($1, $2, 'WAITLISTED', 2, now() - interval '1 day')`,
      [full, waiting.id],
    );
    // A national programme submitted for approval.
    await t.db.query(
      `INSERT INTO national_programme (edition_id, country_code, revision, status, submitted_at) VALUES ($1, 'EE', 1, 'SUBMITTED', now())`,
      [editionId],
    );
  });
  afterAll(() => t.close());

  it('gives a tutor in an active tandem no "form a tandem" step; done steps are marked and each is a link', async () => {
    const tutor = await signInAsPerson(t, tandem.school);
    const res = await tutor.request<{ myNextSteps: Step[] }>(STEPS, { editionId });
    expect(res.errors).toBeUndefined();
    const steps = res.data?.myNextSteps ?? [];
    expect(steps.map((s) => s.kind)).not.toContain('FORM_TANDEM');
    const self = steps.filter((s) => s.kind === 'SELF_ASSESSMENT');
    expect(self).toEqual([
      expect.objectContaining({ roundKind: 'BASELINE', done: true }),
      expect.objectContaining({
        roundKind: 'AFTER_MODULE',
        moduleNumber: 1,
        done: false,
        href: `/self-assessments/${afterModuleDraft}`,
      }),
    ]);
    const joint = steps.filter((s) => s.kind === 'BOOK_JOINT_MODULE');
    expect(joint.map((s) => [s.moduleNumber, s.done])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(steps.find((s) => s.kind === 'ATTEND_SESSION')?.href).toMatch(/^\/sessions\/[0-9a-f-]{36}$/);
    expect(steps.find((s) => s.kind === 'BOOK_NATIONAL_TRAINING')?.done).toBe(true);
    expect(steps.find((s) => s.kind === 'COMPLETE_ASSIGNMENTS')).toMatchObject({ done: true, href: '/assignments' });
    for (const s of steps) expect(s.href).toMatch(/^\//);
  });

  it('asks a tutor in no tandem to form one, and the partner has not taken the baseline', async () => {
    const res = await (await signInAsPerson(t, loner)).request<{ myNextSteps: Step[] }>(STEPS, { editionId });
    expect(res.data?.myNextSteps[0]).toMatchObject({ kind: 'FORM_TANDEM', done: false, href: '/tandem' });
    const company = await (
      await signInAsPerson(t, tandem.company)
    ).request<{ myNextSteps: Step[] }>(STEPS, {
      editionId,
    });
    expect(company.data?.myNextSteps.find((s) => s.roundKind === 'BASELINE')).toMatchObject({
      done: false,
      href: '/self-assessments',
    });
  });

  it('counts the waiting work of the coordinator’s country, with ages and links', async () => {
    const coordinator = await signInAs(t, 'COORDINATOR', { countryCode: 'EE' });
    const res = await coordinator.request<{ myWorkQueue: Item[] }>(QUEUE, { editionId });
    expect(res.errors).toBeUndefined();
    const by = new Map((res.data?.myWorkQueue ?? []).map((i) => [i.kind, i]));
    expect(by.get('NETWORK_APPLICATIONS')).toMatchObject({ count: 1, href: '/network/applications' });
    expect(Date.now() - Date.parse(by.get('NETWORK_APPLICATIONS')?.oldestAt as string)).toBeGreaterThan(2 * 86_400_000);
    expect(by.get('UNPAIRED_TUTORS')).toMatchObject({ count: 3, href: '/tandems?unpaired=EE' });
    expect(by.get('SUBMISSIONS_TO_REVIEW')).toMatchObject({ count: 1, overdue: 1, href: '/reviews' });
    expect(by.get('SESSIONS_SHORT_OF_SEATS')).toMatchObject({ count: 1 });
    expect(by.get('ATTENDANCE_TO_MARK')).toMatchObject({ count: 1 });
    // Approving is the admin's work, not the coordinator's.
    expect(by.has('NATIONAL_PROGRAMMES_TO_APPROVE')).toBe(false);
  });

  it('shows the coordinator of Latvia none of the Estonian work', async () => {
    const lv = await signInAs(t, 'COORDINATOR', { countryCode: 'LV' });
    const res = await lv.request<{ myWorkQueue: Item[] }>(QUEUE, { editionId });
    expect(res.errors).toBeUndefined();
    const items = res.data?.myWorkQueue ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatchObject({ count: 0, overdue: 0, oldestAt: null });
  });

  it('gives the admin the programmes to approve and a trainer only the trainer’s work', async () => {
    const admin = await signInAs(t, 'ADMIN');
    const adminQueue = (await admin.request<{ myWorkQueue: Item[] }>(QUEUE, { editionId })).data?.myWorkQueue ?? [];
    expect(adminQueue.find((i) => i.kind === 'NATIONAL_PROGRAMMES_TO_APPROVE')).toMatchObject({ count: 1 });
    const trainer = await signInAs(t, 'TRAINER', { countryCode: 'EE' });
    const kinds = ((await trainer.request<{ myWorkQueue: Item[] }>(QUEUE, { editionId })).data?.myWorkQueue ?? []).map(
      (i) => i.kind,
    );
    expect(kinds).toEqual(['SUBMISSIONS_TO_REVIEW', 'ATTENDANCE_TO_MARK']);
  });

  it('refuses the wrong role and bad input with typed errors', async () => {
    const coordinator = await signInAs(t, 'COORDINATOR', { countryCode: 'EE' });
    expect(errorCode(await coordinator.request(STEPS, {}))).toBe('FORBIDDEN');
    const tutor = await signInAsPerson(t, tandem.school);
    expect(errorCode(await tutor.request(QUEUE, {}))).toBe('FORBIDDEN');
    const observer = await signInAs(t, 'OBSERVER');
    expect(errorCode(await observer.request(QUEUE, {}))).toBe('FORBIDDEN');
    expect(errorCode(await tutor.request(STEPS, { editionId: 'not-an-id' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await tutor.request(STEPS, { editionId: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'NOT_FOUND',
    );
  });
});
