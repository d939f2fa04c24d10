import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { AssignmentSubmission } from '../src/modules/assignments/assignment-submission.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import { StoredFile } from '../src/storage/stored-file.entity';
import {
  givenAssignment,
  givenEdition,
  givenModule,
  givenSubmission,
  givenTandem,
  givenTutor,
  type GivenModule,
  type GivenTandem,
} from './support/factories';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { cast, signInAsPerson, type SignedInClient } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

interface AssignmentShape {
  id: string;
  title: string;
  dueOn: string;
  moduleCode: string;
  moduleVersion: number;
  canEdit: boolean;
}
interface SubmissionShape {
  id: string;
  status: string;
  text: string;
  lockVersion: number;
  confirmedByMe: boolean;
  confirmedByPartner: boolean;
  canEdit: boolean;
  canConfirm: boolean;
  canReview: boolean;
  reviewComment: string | null;
  reviewedByName: string | null;
  countryCodes: string[];
  schoolTutorName: string;
  attachments: { fileId: string; fileName: string; downloadPath: string }[];
  assignment: { id: string; title: string };
}
const A_FIELDS = `id title dueOn moduleCode moduleVersion canEdit`;
const S_FIELDS = `id status text lockVersion confirmedByMe confirmedByPartner canEdit canConfirm canReview reviewComment reviewedByName countryCodes schoolTutorName
  attachments { fileId fileName downloadPath } assignment { id title }`;
const CREATE = `mutation C($input: CreateAssignmentInput!) { createAssignment(input: $input) { ${A_FIELDS} } }`;
const UPDATE = `mutation U($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { ${A_FIELDS} } }`;
const LIST = `query L($moduleId: ID!) { assignments(moduleId: $moduleId) { ${A_FIELDS} } }`;
const SAVE = `mutation S($input: SaveSubmissionInput!) { saveSubmission(input: $input) { ${S_FIELDS} } }`;
const CONFIRM = `mutation F($input: ConfirmSubmissionInput!) { confirmSubmission(input: $input) { ${S_FIELDS} } }`;
const REVIEW = `mutation R($input: ReviewSubmissionInput!) { reviewSubmission(input: $input) { ${S_FIELDS} } }`;
const REMOVE = `mutation X($input: RemoveSubmissionAttachmentInput!) { removeSubmissionAttachment(input: $input) { ${S_FIELDS} } }`;
const GET = `query G($id: ID!) { submission(id: $id) { ${S_FIELDS} } }`;
const MINE = `query { myAssignments { assignment { ${A_FIELDS} } submission { ${S_FIELDS} } } }`;
const TO_REVIEW = `query T($status: SubmissionStatus, $first: Int, $after: String) {
  submissionsToReview(status: $status, first: $first, after: $after) { totalCount edges { node { id status countryCodes canReview } } pageInfo { hasNextPage endCursor } }
}`;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]);
const fieldsOf = (res: GqlResponse<unknown>) =>
  (res.errors?.[0]?.extensions['fields'] as { field: string }[] | undefined)?.map((f) => f.field);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('tandem assignments', () => {
  let t: TestApp;
  let dataDir: string;
  const staff = cast(() => t, {
    admin: { role: 'ADMIN' },
    'coordinator.ee': { role: 'COORDINATOR', countryCode: 'EE' },
    'coordinator.lv': { role: 'COORDINATOR', countryCode: 'LV' },
    'trainer.ee': { role: 'TRAINER', countryCode: 'EE', givenName: 'Tiina', familyName: 'Mägi' },
    'trainer.lv': { role: 'TRAINER', countryCode: 'LV' },
  });
  type Staff = Parameters<typeof staff>[0];
  /** The tutors of the spec's tandems (and one without a tandem), signed in by a name of their own. */
  const tutors = new Map<string, SignedInClient>();
  const as = async (who: string): Promise<SignedInClient> => tutors.get(who) ?? staff(who as Staff);
  const modules = new Map<string, GivenModule>();
  const moduleId = async (code: string) => (modules.get(code) as GivenModule).id;
  /** The Estonian tandem of tutor.school.ee and tutor.company.ee; another one in EE; one in LV. */
  let eeTandem: GivenTandem;
  const otherTandems = new Map<string, { school: string; company: string }>();
  const otherTandem = async (country: string) => otherTandems.get(country) as { school: string; company: string };
  /** What the spec's edition holds before the first test: the EE tandem's draft its company tutor confirmed, and submissions to review. */
  const seeded = { eeDraft: '', submitted: new Map<string, { id: string; text: string }>() };
  const submissionOf = async (country: string, status: 'SUBMITTED') => {
    expect(status).toBe('SUBMITTED');
    return seeded.submitted.get(country) as { id: string; text: string };
  };

  const create = async (who: string, input: Record<string, unknown>) =>
    (await as(who)).request<{ createAssignment: AssignmentShape }>(CREATE, {
      input,
    });
  const newAssignment = async (title: string) => {
    const res = await create('coordinator.ee', {
      moduleId: await moduleId('EE-N1'),
      title,
      instructions: 'Write it together.',
      dueOn: inDays(20),
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createAssignment.id;
  };
  const save = (client: GqlClient, input: Record<string, unknown>) =>
    client.request<{ saveSubmission: SubmissionShape }>(SAVE, { input });
  const confirmAs = (client: GqlClient, submissionId: string, lockVersion: number) =>
    client.request<{ confirmSubmission: SubmissionShape }>(CONFIRM, {
      input: { submissionId, lockVersion },
    });
  const review = (client: GqlClient, input: Record<string, unknown>) =>
    client.request<{ reviewSubmission: SubmissionShape }>(REVIEW, { input });
  const storedFiles = () =>
    existsSync(join(dataDir, 'files'))
      ? readdirSync(join(dataDir, 'files'), {
          recursive: true,
          withFileTypes: true,
        }).filter((d) => d.isFile()).length
      : 0;
  const upload = async (
    client: GqlClient,
    submissionId: string,
    parts: { lockVersion?: number; file?: { name: string; bytes: Buffer } },
  ) => {
    const form = new FormData();
    if (parts.lockVersion !== undefined) form.append('lockVersion', String(parts.lockVersion));
    if (parts.file)
      form.append(
        'file',
        new Blob([new Uint8Array(parts.file.bytes)], {
          type: 'application/pdf',
        }),
        parts.file.name,
      );
    const res = await fetch(`${t.baseUrl}/api/submissions/${submissionId}/attachments`, {
      method: 'POST',
      headers: {
        'x-tandem-upload': '1',
        'x-forwarded-for': client.ip,
        ...(client.cookie ? { cookie: client.cookie } : {}),
      },
      body: form,
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        lockVersion?: number;
        error?: { code: string; fields?: { field: string }[] };
      },
    };
  };
  const download = (client: GqlClient, path: string) =>
    fetch(`${t.baseUrl}${path}`, {
      headers: { cookie: client.cookie ?? '', 'x-forwarded-for': client.ip },
    });
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tandem-submission-files-'));
    t = await startTestApp({
      DATA_DIR: dataDir,
      STORAGE_MAX_FILE_BYTES: String(64 * 1024),
    });
    const edition = await givenEdition(t.db);
    for (const [code, number] of [
      ['JM1', 1],
      ['JM2', 2],
    ] as const)
      modules.set(code, await givenModule(t.db, { edition, number, code }));
    for (const code of ['EE-N1', 'EE-N2', 'LV-N1', 'LV-N2', 'LT-N1'])
      modules.set(code, await givenModule(t.db, { edition, countryCode: code.slice(0, 2), code }));
    for (const who of ['admin', 'coordinator.ee', 'coordinator.lv', 'trainer.ee', 'trainer.lv'] as const)
      await staff(who);
    const trainerEe = await staff('trainer.ee');
    const tandem = async (countryCode: string, names?: [string, string, string, string]) => {
      const [sg, sf, cg, cf] = names ?? [];
      const school = await givenTutor(t.db, { edition, side: 'SCHOOL', countryCode, givenName: sg, familyName: sf });
      const company = await givenTutor(t.db, { edition, side: 'COMPANY', countryCode, givenName: cg, familyName: cf });
      return givenTandem(t.db, { edition, school, company });
    };
    const signIn = async (name: string, person: { id: string; email: string }) =>
      tutors.set(name, await signInAsPerson(t, person));
    eeTandem = await tandem('EE', ['Kadri', 'Tamm', 'Andres', 'Kuusk']);
    await signIn('tutor.school.ee', eeTandem.school);
    await signIn('tutor.company.ee', eeTandem.company);
    for (const country of ['EE', 'LV', 'LT']) {
      const other = await tandem(country);
      await signIn(`${country}.school`, other.school);
      await signIn(`${country}.company`, other.company);
      otherTandems.set(country, { school: `${country}.school`, company: `${country}.company` });
      const toReview = await givenAssignment(t.db, {
        module: modules.get(country === 'EE' ? 'EE-N2' : `${country}-N1`)!,
      });
      seeded.submitted.set(
        country,
        await givenSubmission(t.db, {
          assignment: toReview,
          tandem: other,
          status: 'SUBMITTED',
          text: `Plan of ${country}`,
        }),
      );
      if (country === 'LV') {
        const lvTask = await givenAssignment(t.db, { module: modules.get('LV-N2')!, dueInDays: 30 });
        await givenSubmission(t.db, {
          assignment: lvTask,
          tandem: other,
          status: 'ACCEPTED',
          reviewerId: trainerEe.personId,
        });
      }
    }
    const unpaired = await givenTutor(t.db, { edition, side: 'SCHOOL', countryCode: 'EE' });
    await signIn('unpaired', unpaired);
    // The EE tandem: an accepted and a begun joint-module assignment, and one of EE-N2 not begun.
    const visit = await givenAssignment(t.db, {
      module: modules.get('JM1')!,
      title: 'Plan the first visit',
      dueInDays: 5,
    });
    const task = await givenAssignment(t.db, { module: modules.get('JM1')!, title: 'A learning task', dueInDays: 10 });
    await givenAssignment(t.db, { module: modules.get('EE-N2')!, title: 'Reflect on the first month', dueInDays: 40 });
    await givenSubmission(t.db, {
      assignment: visit,
      tandem: eeTandem,
      status: 'ACCEPTED',
      reviewerId: trainerEe.personId,
    });
    seeded.eeDraft = (await givenSubmission(t.db, { assignment: task, tandem: eeTandem, confirmedBy: 'COMPANY' })).id;
  });
  afterAll(() => t.close());

  it('shows a tandem the assignments of the joint modules and of its own country, each with the tandem’s submission', async () => {
    const mine = (
      await (
        await as('tutor.school.ee')
      ).request<{
        myAssignments: {
          assignment: AssignmentShape;
          submission: SubmissionShape | null;
        }[];
      }>(MINE)
    ).data!.myAssignments;
    expect(mine.map((m) => [m.assignment.moduleCode, m.submission?.status ?? null])).toEqual([
      ['JM1', 'ACCEPTED'],
      ['JM1', 'DRAFT'],
      ['EE-N2', null],
      ['EE-N2', null],
    ]);
    expect(mine[1].submission).toMatchObject({
      confirmedByMe: false,
      confirmedByPartner: true,
      canEdit: true,
      canConfirm: true,
      canReview: false,
    });
    expect(mine[0].submission).toMatchObject({
      canEdit: false,
      reviewedByName: 'Tiina Mägi',
    });
    // An LV tandem sees the joint module's assignments and its own country's, never Estonia's.
    const lv = await otherTandem('LV');
    const lvMine = (await (await as(lv.school)).request<{ myAssignments: { assignment: AssignmentShape }[] }>(MINE))
      .data!.myAssignments;
    expect(lvMine.map((m) => m.assignment.moduleCode)).toEqual(['JM1', 'JM1', 'LV-N1', 'LV-N2']);
  });

  it('lets the EE coordinator define assignments on EE national modules only, and the admin on joint modules', async () => {
    const res = await create('coordinator.ee', {
      moduleId: await moduleId('EE-N1'),
      title: '  Contract check  ',
      instructions: 'Read the WBL contract together.',
      dueOn: inDays(10),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createAssignment).toMatchObject({
      title: 'Contract check',
      moduleCode: 'EE-N1',
      moduleVersion: 1,
      canEdit: true,
      dueOn: inDays(10),
    });
    expect(
      await t.db.getRepository(AuditEvent).existsBy({
        operation: 'createAssignment',
        targetId: res.data!.createAssignment.id,
      }),
    ).toBe(true);

    expect(
      errorCode(
        await create('coordinator.ee', {
          moduleId: await moduleId('LV-N1'),
          title: 'X',
          dueOn: inDays(10),
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await create('coordinator.ee', {
          moduleId: await moduleId('JM2'),
          title: 'X',
          dueOn: inDays(10),
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await create('tutor.school.ee', {
          moduleId: await moduleId('EE-N1'),
          title: 'X',
          dueOn: inDays(10),
        }),
      ),
    ).toBe('FORBIDDEN');
    const joint = await create('admin', {
      moduleId: await moduleId('JM2'),
      title: 'Feedback conversation',
      dueOn: inDays(40),
    });
    expect(joint.data!.createAssignment).toMatchObject({
      moduleCode: 'JM2',
      canEdit: true,
    });

    // Everyone who sees the module sees its assignments; only its editors may change them.
    const listed = (
      await (
        await as('coordinator.lv')
      ).request<{ assignments: AssignmentShape[] }>(LIST, {
        moduleId: await moduleId('EE-N1'),
      })
    ).data!.assignments;
    expect(listed.map((a) => [a.title, a.canEdit])).toEqual([['Contract check', false]]);
    const update = {
      assignmentId: res.data!.createAssignment.id,
      title: 'Contract check',
      instructions: 'Read it.',
      dueOn: inDays(12),
    };
    expect(errorCode(await (await as('coordinator.lv')).request(UPDATE, { input: update }))).toBe('FORBIDDEN');
    expect(
      (
        await (
          await as('coordinator.ee')
        ).request<{ updateAssignment: AssignmentShape }>(UPDATE, {
          input: update,
        })
      ).data!.updateAssignment.dueOn,
    ).toBe(inDays(12));
  });

  it('refuses an empty title, a past or impossible due date, and a date after the edition, naming the field', async () => {
    const id = await moduleId('EE-N1');
    expect(
      fieldsOf(
        await create('coordinator.ee', {
          moduleId: id,
          title: '   ',
          dueOn: inDays(5),
        }),
      ),
    ).toEqual(['title']);
    expect(
      fieldsOf(
        await create('coordinator.ee', {
          moduleId: id,
          title: 'Late',
          dueOn: inDays(-1),
        }),
      ),
    ).toEqual(['dueOn']);
    expect(
      fieldsOf(
        await create('coordinator.ee', {
          moduleId: id,
          title: 'Odd',
          dueOn: '2026-02-31',
        }),
      ),
    ).toEqual(['dueOn']);
    expect(
      fieldsOf(
        await create('coordinator.ee', {
          moduleId: id,
          title: 'Far',
          dueOn: inDays(900),
        }),
      ),
    ).toEqual(['dueOn']);
    // An assignment already past due keeps its date when only its text changes.
    const pastDue = await givenAssignment(t.db, {
      module: modules.get('EE-N1')!,
      title: 'Plan the first workplace visit together',
      dueInDays: -3,
    });
    const visit = { id: pastDue.id, due: inDays(-3) };
    const kept = await (
      await as('admin')
    ).request<{ updateAssignment: AssignmentShape }>(UPDATE, {
      input: {
        assignmentId: visit.id,
        title: 'Plan the first workplace visit together',
        instructions: 'Agree on the first visit.',
        dueOn: visit.due,
      },
    });
    expect(kept.errors).toBeUndefined();
  });

  it('runs the whole flow: both partners edit with optimistic locking, both confirm, a trainer asks for a revision, then accepts', async () => {
    const assignmentId = await newAssignment('Whole flow');
    const [school, company] = [await as('tutor.school.ee'), await as('tutor.company.ee')];
    const first = await save(school, {
      assignmentId,
      text: 'Our first ideas.',
    });
    expect(first.data!.saveSubmission).toMatchObject({
      status: 'DRAFT',
      lockVersion: 1,
      canConfirm: true,
      schoolTutorName: 'Kadri Tamm',
      countryCodes: ['EE'],
    });
    const id = first.data!.saveSubmission.id;
    // The partner started it already: a save without the version is STALE_WRITE, not an overwrite.
    expect(errorCode(await save(company, { assignmentId, text: 'Mine instead' }))).toBe('STALE_WRITE');
    const second = await save(company, {
      assignmentId,
      text: 'Our first ideas, and the company view.',
      lockVersion: 1,
    });
    expect(second.data!.saveSubmission.lockVersion).toBe(2);
    expect(
      errorCode(
        await save(school, {
          assignmentId,
          text: 'Stale edit',
          lockVersion: 1,
        }),
      ),
    ).toBe('STALE_WRITE');

    // Two saves from the same version at once: exactly one wins.
    const racing = await Promise.all([
      save(school, { assignmentId, text: 'School wins?', lockVersion: 2 }),
      save(company, { assignmentId, text: 'Company wins?', lockVersion: 2 }),
    ]);
    expect(racing.filter((r) => !r.errors).length).toBe(1);
    expect(racing.map(errorCode).filter(Boolean)).toEqual(['STALE_WRITE']);
    const current = (await school.request<{ submission: SubmissionShape }>(GET, { id })).data!.submission;
    expect(current.lockVersion).toBe(3);
    expect(['School wins?', 'Company wins?']).toContain(current.text);

    // One confirmation keeps it a draft and tells the partner.
    const one = (await confirmAs(school, id, 3)).data!.confirmSubmission;
    expect(one).toMatchObject({
      status: 'DRAFT',
      confirmedByMe: true,
      confirmedByPartner: false,
      canConfirm: false,
      canEdit: true,
    });
    expect((await company.request<{ submission: SubmissionShape }>(GET, { id })).data!.submission).toMatchObject({
      confirmedByPartner: true,
      confirmedByMe: false,
    });
    expect(
      await t.db.getRepository(Notification).count({ where: { kind: 'ASSIGNMENT_SUBMISSION_CONFIRMED' } }),
    ).toBeGreaterThan(0);
    // A change of the text clears the confirmation: both confirm again what is there now.
    const edited = (
      await save(company, {
        assignmentId,
        text: 'Final text of both of us.',
        lockVersion: 3,
      })
    ).data!.saveSubmission;
    expect(edited).toMatchObject({
      confirmedByMe: false,
      confirmedByPartner: false,
      lockVersion: 4,
    });
    expect(errorCode(await confirmAs(school, id, 3))).toBe('STALE_WRITE');
    expect((await confirmAs(company, id, 4)).data!.confirmSubmission.status).toBe('DRAFT');
    const submitted = (await confirmAs(school, id, 4)).data!.confirmSubmission;
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      canEdit: false,
      canConfirm: false,
    });
    expect(
      errorCode(
        await save(school, {
          assignmentId,
          text: 'After submitting',
          lockVersion: 4,
        }),
      ),
    ).toBe('ALREADY_SUBMITTED');
    const trainerId = (await staff('trainer.ee')).personId;
    expect(
      await t.db.getRepository(Notification).count({
        where: {
          kind: 'ASSIGNMENT_SUBMISSION_SUBMITTED',
          recipientPersonId: trainerId,
        },
      }),
    ).toBe(1);

    // The trainer returns it with a comment (a comment is required), the tandem revises and submits again.
    const trainer = await as('trainer.ee');
    expect((await trainer.request<{ submission: SubmissionShape }>(GET, { id })).data!.submission.canReview).toBe(true);
    const noComment = await review(trainer, {
      submissionId: id,
      outcome: 'NEEDS_REVISION',
      comment: '  ',
    });
    expect(errorCode(noComment)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(noComment)).toEqual(['comment']);
    const returned = (
      await review(trainer, {
        submissionId: id,
        outcome: 'NEEDS_REVISION',
        comment: 'Add the safety briefing.',
      })
    ).data!.reviewSubmission;
    expect(returned).toMatchObject({
      status: 'NEEDS_REVISION',
      reviewComment: 'Add the safety briefing.',
      reviewedByName: 'Tiina Mägi',
      canReview: false,
    });
    const reviewedTwice = await review(trainer, { submissionId: id, outcome: 'ACCEPTED' });
    expect(reviewedTwice.errors?.[0]?.extensions).toEqual({ code: 'ALREADY_DECIDED', status: 'NEEDS_REVISION' });
    const mineAgain = (await school.request<{ submission: SubmissionShape }>(GET, { id })).data!.submission;
    expect(mineAgain).toMatchObject({
      canEdit: true,
      canConfirm: true,
      confirmedByPartner: false,
    });
    const revised = (
      await save(school, {
        assignmentId,
        text: 'Final text, with the safety briefing.',
        lockVersion: mineAgain.lockVersion,
      })
    ).data!.saveSubmission;
    expect(revised.status).toBe('DRAFT');
    await confirmAs(school, id, revised.lockVersion);
    expect((await confirmAs(company, id, revised.lockVersion)).data!.confirmSubmission.status).toBe('SUBMITTED');
    const accepted = (
      await review(trainer, {
        submissionId: id,
        outcome: 'ACCEPTED',
        comment: '',
      })
    ).data!.reviewSubmission;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', reviewComment: null });
    expect(
      errorCode(
        await save(company, {
          assignmentId,
          text: 'Too late',
          lockVersion: revised.lockVersion,
        }),
      ),
    ).toBe('ALREADY_DECIDED');
    const schoolId = eeTandem.school.id;
    const reviewed = await t.db.getRepository(Notification).find({
      where: {
        kind: 'ASSIGNMENT_SUBMISSION_REVIEWED',
        recipientPersonId: schoolId,
      },
    });
    expect(
      reviewed
        .filter((n) => n.payload['targetId'] === id)
        .map((n) => n.payload['outcome'])
        .sort(),
    ).toEqual(['ACCEPTED', 'NEEDS_REVISION']);
  });

  it('submits exactly once when both partners confirm at the same moment, and creates one draft when both start at once', async () => {
    const assignmentId = await newAssignment('Race');
    const [school, company] = [await as('tutor.school.ee'), await as('tutor.company.ee')];
    const starts = await Promise.all([
      save(school, { assignmentId, text: 'School start' }),
      save(company, { assignmentId, text: 'Company start' }),
    ]);
    expect(starts.filter((r) => !r.errors).length).toBe(1);
    expect(starts.map(errorCode).filter(Boolean)).toEqual(['STALE_WRITE']);
    const { id, lockVersion } = (
      starts.find((r) => !r.errors) as GqlResponse<{
        saveSubmission: SubmissionShape;
      }>
    ).data!.saveSubmission;
    const both = await Promise.all([confirmAs(school, id, lockVersion), confirmAs(company, id, lockVersion)]);
    expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect((await t.db.getRepository(AssignmentSubmission).findOneByOrFail({ id })).status).toBe('SUBMITTED');
    const submittedEvents = await t.db
      .getRepository(AuditEvent)
      .find({ where: { operation: 'confirmSubmission', targetId: id } });
    expect(submittedEvents.filter((e) => e.summary.includes('submitted'))).toHaveLength(1);
    const notes = await t.db.getRepository(Notification).find({ where: { kind: 'ASSIGNMENT_SUBMISSION_SUBMITTED' } });
    const trainerId = (await staff('trainer.ee')).personId;
    expect(notes.filter((n) => n.payload['targetId'] === id && n.recipientPersonId === trainerId)).toHaveLength(1);
  });

  it('keeps LV submissions from EE coordinators and trainers: FORBIDDEN or NOT_FOUND, never data', async () => {
    const lv = await submissionOf('LV', 'SUBMITTED');
    for (const who of ['trainer.ee', 'coordinator.ee']) {
      const read = await (await as(who)).request(GET, { id: lv.id });
      expect(errorCode(read)).toBe('NOT_FOUND');
      expect(read.data).toBeNull();
      const attempt = await review(await as(who), {
        submissionId: lv.id,
        outcome: 'ACCEPTED',
      });
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(attempt));
      expect(attempt.data).toBeNull();
      expect(JSON.stringify(attempt.errors)).not.toContain(lv.text.slice(0, 20));
    }
    expect((await t.db.getRepository(AssignmentSubmission).findOneByOrFail({ id: lv.id })).status).toBe('SUBMITTED');
    // The LV trainer reads and may review it; the EE coordinator reads EE ones but never reviews.
    expect(
      (await (await as('trainer.lv')).request<{ submission: SubmissionShape }>(GET, { id: lv.id })).data!.submission
        .canReview,
    ).toBe(true);
    const ee = await submissionOf('EE', 'SUBMITTED');
    expect(
      (await (await as('coordinator.ee')).request<{ submission: SubmissionShape }>(GET, { id: ee.id })).data!.submission
        .canReview,
    ).toBe(false);
    expect(
      errorCode(
        await review(await as('coordinator.ee'), {
          submissionId: ee.id,
          outcome: 'ACCEPTED',
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('lists submissions to review by country: a trainer and a coordinator their own, the admin all, a page at a time', async () => {
    type Page = {
      submissionsToReview: {
        totalCount: number;
        edges: {
          node: { id: string; countryCodes: string[]; canReview: boolean };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const trainer = (await (await as('trainer.ee')).request<Page>(TO_REVIEW, {})).data!.submissionsToReview;
    expect(trainer.totalCount).toBeGreaterThan(0);
    expect(trainer.edges.every((e) => e.node.countryCodes.includes('EE') && e.node.canReview)).toBe(true);
    const coordinator = (await (await as('coordinator.lv')).request<Page>(TO_REVIEW, { status: 'ACCEPTED' })).data!
      .submissionsToReview;
    expect(coordinator.edges.every((e) => e.node.countryCodes.includes('LV') && !e.node.canReview)).toBe(true);
    const admin = await as('admin');
    const allRes = await admin.request<Page>(TO_REVIEW, { first: 50 });
    expect(allRes.errors).toBeUndefined();
    const all = allRes.data!.submissionsToReview;
    expect(all.pageInfo.hasNextPage).toBe(false);
    expect(new Set(all.edges.flatMap((e) => e.node.countryCodes))).toEqual(new Set(['EE', 'LV', 'LT']));
    const first = (await admin.request<Page>(TO_REVIEW, { first: 2 })).data!.submissionsToReview;
    const next = (
      await admin.request<Page>(TO_REVIEW, {
        first: 2,
        after: first.pageInfo.endCursor,
      })
    ).data!.submissionsToReview;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.edges, ...next.edges].map((e) => e.node.id)).toEqual(all.edges.slice(0, 4).map((e) => e.node.id));
    expect(errorCode(await (await as('tutor.school.ee')).request(TO_REVIEW, {}))).toBe('FORBIDDEN');
  });

  it('lets only the partners write: another tandem cannot read it, a trainer or an unpaired tutor cannot save, an LV tandem has no EE assignment', async () => {
    const mine = (
      await (
        await as('tutor.school.ee')
      ).request<{
        myAssignments: {
          assignment: AssignmentShape;
          submission: SubmissionShape | null;
        }[];
      }>(MINE)
    ).data!.myAssignments;
    const draft = mine.find((m) => m.submission?.id === seeded.eeDraft)!.submission!;
    const other = await otherTandem('EE');
    const read = await (await as(other.school)).request(GET, { id: draft.id });
    expect(errorCode(read)).toBe('NOT_FOUND');
    expect(read.data).toBeNull();
    expect(errorCode(await confirmAs(await as(other.company), draft.id, draft.lockVersion))).toBe('NOT_FOUND');
    expect(errorCode(await confirmAs(await as('trainer.ee'), draft.id, draft.lockVersion))).toBe('FORBIDDEN');

    const assignmentId = await newAssignment('Partners only');
    expect(errorCode(await save(await as('trainer.ee'), { assignmentId, text: 'Not mine' }))).toBe('FORBIDDEN');
    expect(errorCode(await save(await as('unpaired'), { assignmentId, text: 'No tandem' }))).toBe('FORBIDDEN');
    const lv = await otherTandem('LV');
    expect(
      errorCode(
        await save(await as(lv.school), {
          assignmentId,
          text: 'Wrong country',
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(await t.db.getRepository(AssignmentSubmission).countBy({ assignmentId })).toBe(0);
  });

  it('attaches files for the partners and readers of the country, refuses a disguised executable and stores nothing', async () => {
    const assignmentId = await newAssignment('With files');
    const [school, company] = [await as('tutor.school.ee'), await as('tutor.company.ee')];
    const draft = (await save(school, { assignmentId, text: 'See the attached plan.' })).data!.saveSubmission;
    await confirmAs(company, draft.id, draft.lockVersion);
    const up = await upload(school, draft.id, {
      lockVersion: draft.lockVersion,
      file: { name: 'plan.pdf', bytes: PDF },
    });
    expect(up).toEqual({
      status: 201,
      body: { lockVersion: draft.lockVersion + 1 },
    });
    const withFile = (
      await company.request<{ submission: SubmissionShape }>(GET, {
        id: draft.id,
      })
    ).data!.submission;
    expect(withFile).toMatchObject({
      lockVersion: draft.lockVersion + 1,
      confirmedByMe: false,
      attachments: [{ fileName: 'plan.pdf' }],
    });
    const path = withFile.attachments[0].downloadPath;
    for (const who of ['tutor.company.ee', 'trainer.ee', 'coordinator.ee', 'admin']) {
      const res = await download(await as(who), path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain('attachment');
    }
    for (const who of ['coordinator.lv', 'trainer.lv', (await otherTandem('EE')).school]) {
      expect((await download(await as(who), path)).status).toBe(404);
    }

    const files = storedFiles();
    const rows = await t.db.getRepository(StoredFile).count();
    const disguised = await upload(school, draft.id, {
      lockVersion: withFile.lockVersion,
      file: { name: 'notes.pdf', bytes: EXE },
    });
    expect(disguised.body.error?.code).toBe('VALIDATION_FAILED');
    expect(disguised.body.error?.fields?.map((f) => f.field)).toEqual(['file']);
    expect(
      (
        await upload(school, draft.id, {
          lockVersion: withFile.lockVersion - 1,
          file: { name: 'b.pdf', bytes: PDF },
        })
      ).body.error?.code,
    ).toBe('STALE_WRITE');
    expect(
      (
        await upload(await as('trainer.ee'), draft.id, {
          lockVersion: withFile.lockVersion,
          file: { name: 'c.pdf', bytes: PDF },
        })
      ).body.error?.code,
    ).toBe('FORBIDDEN');
    expect(storedFiles()).toBe(files);
    expect(await t.db.getRepository(StoredFile).count()).toBe(rows);

    const removed = (
      await school.request<{ removeSubmissionAttachment: SubmissionShape }>(REMOVE, {
        input: {
          submissionId: draft.id,
          fileId: withFile.attachments[0].fileId,
          lockVersion: withFile.lockVersion,
        },
      })
    ).data!.removeSubmissionAttachment;
    expect(removed).toMatchObject({
      attachments: [],
      lockVersion: withFile.lockVersion + 1,
    });
    expect((await download(company, path)).status).toBe(404);
  });
});
