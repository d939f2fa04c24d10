import { CompletionService } from '../src/modules/completion/completion.service';
import { assignmentFor, attend, enrol, mark, newSession, submitSelfAssessment } from './support/completion-facts';
import { givenEdition, givenOrganisation, givenTandem, type GivenEdition, type GivenTandem } from './support/factories';
import { givenNationalModule } from './support/factories/training-sessions';
import { errorCode } from './support/gql-client';
import { countStatements } from './support/statement-counter';
import { signInAs, signInAsPerson, type SignedInClient } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

const RECORD = `query Record($id: ID!) {
  personRecord(id: $id) {
    id displayName email status countryCode side organisation { id name } roles { role }
    tandems { id status partnerId partnerName }
    enrolments { sessionId moduleCode hours enrolmentStatus attendance sessionStatus }
    progress { status requirements { kind achieved required done } }
    selfAssessments { kind status submittedAt }
    assignments { title status }
    certificates { number status }
    statusHistory { toStatus }
  }
}`;

interface RecordShape {
  personRecord: {
    id: string;
    displayName: string;
    email: string | null;
    status: string;
    countryCode: string | null;
    side: string | null;
    organisation: { id: string; name: string } | null;
    tandems: { id: string; status: string; partnerId: string; partnerName: string }[];
    enrolments: {
      sessionId: string;
      moduleCode: string;
      hours: number;
      enrolmentStatus: string;
      attendance: string | null;
    }[];
    progress: { status: string; requirements: { kind: string; achieved: number; required: number }[] } | null;
    selfAssessments: { kind: string; status: string | null; submittedAt: string | null }[];
    assignments: { title: string; status: string | null }[];
    statusHistory: { toStatus: string }[];
  };
}

describe('a person’s record', () => {
  let t: TestApp;
  let tandem: GivenTandem;
  let code: string;
  let edition: GivenEdition;
  let editionId: string;
  let attended: string;
  let missed: string;
  let trainer: SignedInClient;

  beforeAll(async () => {
    t = await startTestApp();
    edition = await givenEdition(t.db);
    editionId = edition.id;
    code = (await givenNationalModule(t.db, editionId, 'EE')).code;
    await t.db.query(
      `INSERT INTO completion_rule (edition_id, required_joint_numbers, min_national_hours) VALUES ($1, '{}', 10)`,
      [editionId],
    );
    tandem = await givenTandem(t.db, { edition, countryCode: 'EE' });
    const pair = {
      tandemId: tandem.id,
      school: tandem.school.id,
      company: tandem.company.id,
      schoolEmail: tandem.school.email,
      companyEmail: tandem.company.email,
    };
    attended = await newSession(t.db, editionId, code, 6, 10);
    missed = await newSession(t.db, editionId, code, 4, 5);
    await attend(t.db, pair, attended, 'PRESENT');
    await enrol(t.db, missed, [pair.school, pair.company], pair.tandemId);
    await mark(t.db, missed, pair.school, 'ABSENT');
    await submitSelfAssessment(t.db, editionId, pair.school, 'BASELINE', null);
    await assignmentFor(t.db, editionId, code, tandem.id, 'SUBMITTED');
    await t.db.transaction((m) => t.app.get(CompletionService).refresh(m, editionId, [pair.school]));
    trainer = await signInAs(t, 'TRAINER', { countryCode: 'EE' });
    await t.db.query(`INSERT INTO session_trainer (session_id, person_id) VALUES ($1, $2)`, [
      attended,
      trainer.personId,
    ]);
  });
  afterAll(() => t.close());

  const read = (client: SignedInClient, id = tandem.school.id) => client.request<RecordShape>(RECORD, { id });

  it('shows a tutor’s enrolments, attendance and hours against the national rule, with their tandem', async () => {
    const res = await read(await signInAs(t, 'COORDINATOR', { countryCode: 'EE' }));
    expect(res.errors).toBeUndefined();
    const record = res.data!.personRecord;
    expect(record).toMatchObject({
      id: tandem.school.id,
      status: 'ACTIVE',
      countryCode: 'EE',
      side: 'SCHOOL',
      email: tandem.school.email,
      organisation: { id: tandem.school.organisationId },
    });
    expect(record.tandems).toEqual([
      expect.objectContaining({ id: tandem.id, status: 'ACTIVE', partnerId: tandem.company.id }),
    ]);
    expect(record.enrolments.map((e) => [e.sessionId, e.hours, e.attendance])).toEqual([
      [missed, 4, 'ABSENT'],
      [attended, 6, 'PRESENT'],
    ]);
    expect(record.enrolments.every((e) => e.moduleCode === code && e.enrolmentStatus === 'CONFIRMED')).toBe(true);
    expect(record.progress?.status).toBe('IN_TRAINING');
    expect(record.progress?.requirements).toContainEqual(
      expect.objectContaining({ kind: 'NATIONAL_HOURS', achieved: 6, required: 10, done: false }),
    );
    expect(record.selfAssessments).toEqual([
      expect.objectContaining({ kind: 'BASELINE', status: 'SUBMITTED', submittedAt: expect.any(String) }),
    ]);
    expect(record.assignments).toEqual([expect.objectContaining({ status: 'SUBMITTED' })]);
    expect(record.statusHistory.map((h) => h.toStatus)).toContain('IN_TRAINING');
  });

  it('opens the record to ADMIN, the organisation’s MANAGER, a trainer of her session and herself', async () => {
    const readers = [
      await signInAs(t, 'ADMIN'),
      await signInAs(t, 'MANAGER', { organisationId: tandem.school.organisationId }),
      trainer,
      await signInAsPerson(t, tandem.school),
    ];
    for (const reader of readers) {
      const res = await read(reader);
      expect(res.errors).toBeUndefined();
      expect(res.data!.personRecord.enrolments).toHaveLength(2);
    }
    // A trainer sees their sessions' people by name, not their contact details.
    expect((await read(trainer)).data!.personRecord.email).toBeNull();
  });

  it('refuses the coordinator of another country, another organisation’s manager, a trainer of other sessions and other tutors', async () => {
    const other = await givenOrganisation(t.db, { countryCode: 'EE' });
    const refused = [
      await signInAs(t, 'COORDINATOR', { countryCode: 'LV' }),
      await signInAs(t, 'MANAGER', { organisationId: other.id }),
      await signInAs(t, 'TRAINER', { countryCode: 'EE' }),
      await signInAsPerson(t, tandem.company),
      await signInAs(t, 'TUTOR'),
      await signInAs(t, 'OBSERVER', { countryCode: 'EE' }),
      await signInAs(t, 'RESEARCHER'),
    ];
    for (const client of refused) {
      const res = await read(client);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
  });

  it('answers NOT_FOUND for an unknown id and VALIDATION_FAILED for a malformed one', async () => {
    const admin = await signInAs(t, 'ADMIN');
    expect(errorCode(await read(admin, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(errorCode(await read(admin, 'not-an-id'))).toBe('VALIDATION_FAILED');
  });

  it('costs as many SQL statements for a tutor with 30 enrolments as for one with 1', async () => {
    const few = await givenTandem(t.db, { edition, countryCode: 'EE' });
    const many = await givenTandem(t.db, { edition, countryCode: 'EE' });
    const pairOf = (g: GivenTandem) => ({
      tandemId: g.id,
      school: g.school.id,
      company: g.company.id,
      schoolEmail: g.school.email,
      companyEmail: g.company.email,
    });
    await attend(t.db, pairOf(few), await newSession(t.db, editionId, code, 2, 3));
    for (let i = 0; i < 30; i++) await attend(t.db, pairOf(many), await newSession(t.db, editionId, code, 1, 40 + i));
    const admin = await signInAs(t, 'ADMIN');
    const counter = countStatements();
    try {
      const cost = async (id: string) => {
        counter.reset();
        const res = await read(admin, id);
        expect(res.errors).toBeUndefined();
        return { statements: counter.count, enrolments: res.data!.personRecord.enrolments.length };
      };
      await cost(few.school.id); // warm: the session's first touch
      const small = await cost(few.school.id);
      const large = await cost(many.school.id);
      expect([small.enrolments, large.enrolments]).toEqual([1, 30]);
      expect(large.statements).toBe(small.statements);
    } finally {
      counter.restore();
    }
  });
});
