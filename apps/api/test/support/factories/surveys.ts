import { randomUUID } from 'node:crypto';
import { createPerson } from '../fixtures';
import type { GqlClient } from '../gql-client';
import type { TestApp } from '../test-app';
import { signedInClient, type BulkTandem, type BulkTutor } from '../training-fixtures';
import { givenNationalModule, givenSession, givenTandems, type GivenModule } from './training-sessions';

const MARK = `mutation M($input: MarkAttendanceInput!) { markAttendance(input: $input) { session { id } } }`;
const SET_MODE = `mutation SM($input: SetSurveyModeInput!) { setSurveyMode(input: $input) { id } }`;
const SURVEY = `query S($id: ID!) { survey(id: $id) { questions { id code } } }`;

export interface GivenOpenSurvey {
  surveyId: string;
  sessionId: string;
  /** Question ids by code. */
  q: Record<string, string>;
  /** The tandems' school and company tutors, all marked PRESENT. */
  tutors: BulkTutor[];
  trainer: GqlClient;
  trainerId: string;
}

/**
 * A national EE session held yesterday whose feedback (from the standard template) the trainer opened
 * by marking all its tandems PRESENT; in `mode` when given (set before anyone answers).
 */
export async function givenOpenSurvey(
  t: TestApp,
  editionId: string,
  tandemCount: number,
  mode?: 'CONFIDENTIAL' | 'NAMED',
  options: { module?: GivenModule; inDays?: number } = {},
): Promise<GivenOpenSurvey> {
  const module = options.module ?? (await givenNationalModule(t.db, editionId, 'EE'));
  const sessionId = await givenSession(t.db, { ...module, editionId }, { inDays: options.inDays ?? -1 });
  const trainerPerson = await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'EE' }]);
  await t.db.query(`INSERT INTO session_trainer (session_id, person_id) VALUES ($1, $2)`, [
    sessionId,
    trainerPerson.id,
  ]);
  const trainer = await signedInClient(t, trainerPerson.id);
  const tandems: BulkTandem[] = await givenTandems(t, editionId, tandemCount, 'EE');
  const ids = tandems.map(() => randomUUID());
  await t.db.query(
    `INSERT INTO enrolment (id, session_id, tandem_id, status, seats, queued_at, confirmed_at)
     SELECT id, $2::uuid, tid, 'CONFIRMED', 2, now(), now() FROM unnest($1::uuid[], $3::uuid[]) AS x(id, tid)`,
    [ids, sessionId, tandems.map((x) => x.id)],
  );
  await t.db.query(
    `INSERT INTO enrolment_person (enrolment_id, person_id, session_id, enrolment_status)
     SELECT e, p, $2::uuid, 'CONFIRMED' FROM unnest($1::uuid[], $3::uuid[]) AS x(e, p)
     UNION ALL SELECT e, p, $2::uuid, 'CONFIRMED' FROM unnest($1::uuid[], $4::uuid[]) AS y(e, p)`,
    [ids, sessionId, tandems.map((x) => x.school.id), tandems.map((x) => x.company.id)],
  );
  const tutors = tandems.flatMap((x) => [x.school, x.company]);
  const marked = await trainer.request(MARK, {
    input: { sessionId, entries: tutors.map((p) => ({ personId: p.id, status: 'PRESENT' })) },
  });
  if (marked.errors) throw new Error(JSON.stringify(marked.errors));
  const [row] = await t.db.query(`SELECT id FROM survey WHERE session_id = $1`, [sessionId]);
  if (mode) {
    const set = await trainer.request(SET_MODE, { input: { surveyId: row.id, mode } });
    if (set.errors) throw new Error(JSON.stringify(set.errors));
  }
  const survey = await tutors[0].client.request<{ survey: { questions: { id: string; code: string }[] } }>(SURVEY, {
    id: row.id,
  });
  const q = Object.fromEntries((survey.data?.survey.questions ?? []).map((x) => [x.code, x.id]));
  return { surveyId: row.id, sessionId, q, tutors, trainer, trainerId: trainerPerson.id };
}
