import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { givenOrganisation } from './factories/network';

/**
 * Facts for completion tests, written straight into the tables of the sessions, competences and
 * assignments slices (their contract columns), so each test builds exactly the edge it states.
 */
const hex = () => randomBytes(4).toString('hex');
const one = async <T>(db: DataSource, sql: string, params: unknown[]): Promise<T> =>
  ((await db.query(sql, params)) as T[])[0];

export interface TestTandem {
  tandemId: string;
  school: string;
  company: string;
  schoolEmail: string;
  companyEmail: string;
}

/**
 * Two new tutors (school + company of `country`) in the edition, in an ACTIVE tandem unless `tandem`
 * is false. They work at the country's first school and company, created when there is none; they
 * have no password unless `passwordHash` is given (sign them in with signInAsPerson).
 */
export async function newTutors(
  db: DataSource,
  editionId: string,
  country: string,
  passwordHash: string | null = null,
  tandem = true,
): Promise<TestTandem> {
  const org = async (kind: 'VET_INSTITUTION' | 'COMPANY') =>
    (
      (await one<{ id: string } | undefined>(
        db,
        `SELECT id FROM organisation WHERE country_code = $1 AND kind = $2 ORDER BY name LIMIT 1`,
        [country, kind],
      )) ?? (await givenOrganisation(db, { countryCode: country, kind }))
    ).id;
  const [schoolOrg, companyOrg] = [await org('VET_INSTITUTION'), await org('COMPANY')];
  const person = async (side: string, orgId: string, orgKind: string) => {
    const email = `tutor-${hex()}@test.example`;
    const { id } = await one<{ id: string }>(
      db,
      `INSERT INTO person (email, given_name, family_name, preferred_language, password_hash) VALUES ($1, 'Test', $2, 'en', $3) RETURNING id`,
      [email, `Tutor ${hex()}`, passwordHash],
    );
    await db.query(`INSERT INTO role_grant (person_id, role, scope_kind) VALUES ($1, 'TUTOR', 'SELF')`, [id]);
    await db.query(
      `INSERT INTO tutor_profile (person_id, organisation_id, organisation_kind, side) VALUES ($1, $2, $3, $4)`,
      [id, orgId, orgKind, side],
    );
    await db.query(`INSERT INTO tutor_participation (edition_id, person_id) VALUES ($1, $2)`, [editionId, id]);
    return { id, email };
  };
  const school = await person('SCHOOL', schoolOrg, 'VET_INSTITUTION');
  const company = await person('COMPANY', companyOrg, 'COMPANY');
  let tandemId = '';
  if (tandem) {
    tandemId = (
      await one<{ id: string }>(
        db,
        `INSERT INTO tandem (edition_id, school_tutor_id, company_tutor_id, status, activated_at) VALUES ($1, $2, $3, 'ACTIVE', now() - interval '60 days') RETURNING id`,
        [editionId, school.id, company.id],
      )
    ).id;
    await db.query(
      `INSERT INTO tandem_member (tandem_id, side, edition_id, tandem_status, person_id) VALUES ($1, 'SCHOOL', $2, 'ACTIVE', $3), ($1, 'COMPANY', $2, 'ACTIVE', $4)`,
      [tandemId, editionId, school.id, company.id],
    );
  }
  return {
    tandemId,
    school: school.id,
    company: company.id,
    schoolEmail: school.email,
    companyEmail: company.email,
  };
}

/** A session of the module `code` that ended `daysAgo` days ago (negative: in the future) with `hours` contact hours. */
export async function newSession(
  db: DataSource,
  editionId: string,
  code: string,
  hours: number,
  daysAgo: number,
  status = 'COMPLETED',
): Promise<string> {
  const mod = await one<{ version_id: string; country_code: string | null }>(
    db,
    `SELECT mv.id AS version_id, m.country_code::text AS country_code FROM module m JOIN module_version mv ON mv.module_id = m.id
      WHERE m.edition_id = $1 AND m.code = $2 ORDER BY mv.version DESC LIMIT 1`,
    [editionId, code],
  );
  const row = await one<{ id: string }>(
    db,
    `INSERT INTO training_session (edition_id, module_version_id, country_code, starts_at, ends_at, time_zone, hours, capacity, status,
                                   cancel_reason, venue, language, enrolment_deadline, check_in_secret)
     VALUES ($1, $2, $3, now() - make_interval(days => $4) - interval '8 hours', now() - make_interval(days => $4), 'Europe/Tallinn', $5, 100, $6,
             CASE WHEN $6 = 'CANCELLED' THEN 'test' END, 'Test hall', 'en', now() - make_interval(days => $4) - interval '9 hours', $7)
     RETURNING id`,
    [editionId, mod.version_id, mod.country_code, daysAgo, hours, status, hex()],
  );
  return row.id;
}

/** A confirmed enrolment of these people (a tandem booking when `tandemId` is given). */
export async function enrol(
  db: DataSource,
  sessionId: string,
  personIds: string[],
  tandemId: string | null,
  status = 'CONFIRMED',
): Promise<void> {
  const { id } = await one<{ id: string }>(
    db,
    `INSERT INTO enrolment (session_id, tandem_id, status, seats, queued_at, confirmed_at, cancelled_at)
     VALUES ($1, $2, $3, $4, now(), CASE WHEN $3 = 'CONFIRMED' THEN now() END, CASE WHEN $3 = 'CANCELLED' THEN now() END) RETURNING id`,
    [sessionId, tandemId, status, tandemId ? 2 : 1],
  );
  for (const personId of personIds)
    await db.query(
      `INSERT INTO enrolment_person (enrolment_id, person_id, session_id, enrolment_status) VALUES ($1, $2, $3, $4)`,
      [id, personId, sessionId, status],
    );
}

export async function mark(
  db: DataSource,
  sessionId: string,
  personId: string,
  status: 'PRESENT' | 'ABSENT' | 'EXCUSED',
): Promise<void> {
  await db.query(
    `INSERT INTO attendance (session_id, person_id, status) VALUES ($1, $2, $3) ON CONFLICT (session_id, person_id) DO UPDATE SET status = EXCLUDED.status`,
    [sessionId, personId, status],
  );
}

/** Books and marks in one go: each person of the tandem attended (or not). */
export async function attend(
  db: DataSource,
  t: TestTandem,
  sessionId: string,
  status: 'PRESENT' | 'ABSENT' | 'EXCUSED' = 'PRESENT',
): Promise<void> {
  await enrol(db, sessionId, [t.school, t.company], t.tandemId || null);
  await mark(db, sessionId, t.school, status);
  await mark(db, sessionId, t.company, status);
}

/** The edition's round of this kind (created with a throw-away profile when missing). */
export async function roundOf(
  db: DataSource,
  editionId: string,
  kind: string,
  moduleNumber: number | null,
): Promise<{ id: string; profile: string }> {
  const found = await one<{ id: string; profile: string } | undefined>(
    db,
    `SELECT id, profile_version_id AS profile FROM assessment_round WHERE edition_id = $1 AND kind = $2 AND module_number IS NOT DISTINCT FROM $3`,
    [editionId, kind, moduleNumber],
  );
  if (found) return found;
  const profile = await one<{ id: string }>(
    db,
    `INSERT INTO competence_profile (version, status) VALUES (900 + floor(random() * 90)::int, 'DRAFT') RETURNING id`,
    [],
  );
  const round = await one<{ id: string }>(
    db,
    `INSERT INTO assessment_round (edition_id, kind, module_number, opens_at, closes_at, profile_version_id)
     VALUES ($1, $2, $3, now() - interval '30 days', now() + interval '30 days', $4) RETURNING id`,
    [editionId, kind, moduleNumber, profile.id],
  );
  return { id: round.id, profile: profile.id };
}

export async function submitSelfAssessment(
  db: DataSource,
  editionId: string,
  personId: string,
  kind = 'AFTER_MODULE',
  moduleNumber: number | null = 1,
): Promise<void> {
  const round = await roundOf(db, editionId, kind, moduleNumber);
  await db.query(
    `INSERT INTO self_assessment (round_id, profile_version_id, person_id, status, submitted_at) VALUES ($1, $2, $3, 'SUBMITTED', now() - interval '35 days')
     ON CONFLICT (round_id, person_id) DO UPDATE SET status = 'SUBMITTED', submitted_at = EXCLUDED.submitted_at`,
    [round.id, round.profile, personId],
  );
}

/** A new assignment of the module `code` and the tandem's submission in `status`. */
export async function assignmentFor(
  db: DataSource,
  editionId: string,
  code: string,
  tandemId: string,
  status = 'ACCEPTED',
): Promise<string> {
  const { id } = await one<{ id: string }>(
    db,
    `INSERT INTO tandem_assignment (module_version_id, title, due_on)
     SELECT mv.id, 'Test assignment ' || $3, current_date FROM module m JOIN module_version mv ON mv.module_id = m.id
      WHERE m.edition_id = $1 AND m.code = $2 ORDER BY mv.version DESC LIMIT 1 RETURNING id`,
    [editionId, code, hex()],
  );
  const done = status === 'ACCEPTED' || status === 'SUBMITTED';
  await db.query(
    `INSERT INTO assignment_submission (assignment_id, tandem_id, status, school_confirmed_at, company_confirmed_at, submitted_at, reviewed_at)
     VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END, CASE WHEN $4 THEN now() END, CASE WHEN $4 THEN now() END,
             CASE WHEN $3 IN ('ACCEPTED','NEEDS_REVISION') THEN now() END)`,
    [id, tandemId, status, done],
  );
  return id;
}

/** Every assignment of the modules the tandem's school tutor attended, ACCEPTED for the tandem (where not yet answered). */
export async function acceptAttendedAssignments(db: DataSource, editionId: string, t: TestTandem): Promise<void> {
  await db.query(
    `INSERT INTO assignment_submission (assignment_id, tandem_id, status, school_confirmed_at, company_confirmed_at, submitted_at, reviewed_at)
     SELECT DISTINCT a.id, $2::uuid, 'ACCEPTED', now(), now(), now(), now() - interval '36 days'
       FROM person_training pt
       JOIN module_version mv ON mv.module_id = pt.module_id
       JOIN tandem_assignment a ON a.module_version_id = mv.id
      WHERE pt.edition_id = $1 AND pt.person_id = $3 AND pt.attendance_status = 'PRESENT'
     ON CONFLICT (assignment_id, tandem_id) DO NOTHING`,
    [editionId, t.tandemId, t.school],
  );
}
