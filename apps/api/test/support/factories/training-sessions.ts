import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TestApp } from '../test-app';
import { BulkTandem, createActiveTandems } from '../training-fixtures';

const tag = () => randomBytes(4).toString('hex');
const one = async <T>(db: DataSource, sql: string, params: unknown[] = []): Promise<T> =>
  ((await db.query(sql, params)) as T[])[0];

export interface GivenEdition {
  editionId: string;
}

/** A programme with an edition running from a month ago for a year (or the dates given). */
export async function givenEdition(
  db: DataSource,
  dates: { startsOn?: string; endsOn?: string; maxSessionHoursPerDay?: number } = {},
): Promise<GivenEdition> {
  const programme = await one<{ id: string }>(db, `INSERT INTO programme (name) VALUES ($1) RETURNING id`, [
    `Programme ${tag()}`,
  ]);
  const edition = await one<{ id: string }>(
    db,
    `INSERT INTO edition (programme_id, name, starts_on, ends_on, target_trained)
     VALUES ($1, $2, coalesce($3::date, current_date - 30), coalesce($4::date, current_date + 365), 100) RETURNING id`,
    [programme.id, `Edition ${tag()}`, dates.startsOn ?? null, dates.endsOn ?? null],
  );
  return { editionId: edition.id };
}

export interface GivenModule {
  moduleId: string;
  versionId: string;
  code: string;
}

/** A national module of `country` with a published version (what sessions deliver). */
export async function givenNationalModule(db: DataSource, editionId: string, country = 'EE'): Promise<GivenModule> {
  const code = `${country}-T${tag()}`;
  const module = await one<{ id: string }>(
    db,
    `INSERT INTO module (edition_id, kind, country_code, code) VALUES ($1, 'NATIONAL', $2, $3) RETURNING id`,
    [editionId, country, code],
  );
  const version = await one<{ id: string }>(
    db,
    `INSERT INTO module_version (module_id, version, status, title, contact_hours, self_study_hours, delivery_mode, published_at)
     VALUES ($1, 1, 'PUBLISHED', $2, 6, 0, 'IN_PERSON', now()) RETURNING id`,
    [module.id, JSON.stringify({ en: `Test module ${code}` })],
  );
  return { moduleId: module.id, versionId: version.id, code };
}

/** A school and a company of `country`, for tutors. */
export async function givenOrganisations(db: DataSource, country = 'EE'): Promise<{ school: string; company: string }> {
  const org = async (kind: string) =>
    (
      await one<{ id: string }>(
        db,
        `INSERT INTO organisation (name, kind, country_code, registry_code, city) VALUES ($1, $2, $3, $4, 'Tartu') RETURNING id`,
        [`Test ${kind} ${tag()}`, kind, country, tag()],
      )
    ).id;
  return { school: await org('VET_INSTITUTION'), company: await org('COMPANY') };
}

/** `count` ACTIVE tandems of `country` in the edition, with signed-in clients for both tutors. */
export async function givenTandems(
  t: TestApp,
  editionId: string,
  count: number,
  country = 'EE',
  language = 'en',
): Promise<BulkTandem[]> {
  const orgs = await givenOrganisations(t.db, country);
  return createActiveTandems(t, editionId, orgs.school, orgs.company, count, language);
}

/** A SCHEDULED session of the module, `inDays` from now, 09:00–15:00 UTC, open for enrolment. */
export async function givenSession(
  db: DataSource,
  module: GivenModule & { editionId: string; countryCode?: string | null },
  options: { capacity?: number; inDays?: number } = {},
): Promise<string> {
  const row = await one<{ id: string }>(
    db,
    `INSERT INTO training_session (edition_id, module_version_id, country_code, starts_at, ends_at, time_zone, hours, capacity,
                                   venue, language, enrolment_deadline, check_in_secret)
     VALUES ($1, $2, $3, date_trunc('day', now()) + make_interval(days => $4, hours => 9),
             date_trunc('day', now()) + make_interval(days => $4, hours => 15), 'Europe/Tallinn', 6, $5,
             'Test hall', 'en', date_trunc('day', now()) + make_interval(days => $4, hours => 9), $6)
     RETURNING id`,
    [
      module.editionId,
      module.versionId,
      module.countryCode ?? 'EE',
      options.inDays ?? 20,
      options.capacity ?? 20,
      tag(),
    ],
  );
  return row.id;
}

/** CONFIRMED enrolments of `tandems` (both partners) in a session, in two statements. */
export async function givenEnrolments(db: DataSource, sessionId: string, tandems: BulkTandem[]): Promise<void> {
  const ids = tandems.map(() => randomUUID());
  await db.query(
    `INSERT INTO enrolment (id, session_id, tandem_id, status, seats, queued_at, confirmed_at)
     SELECT id, $2::uuid, tid, 'CONFIRMED', 2, now(), now() FROM unnest($1::uuid[], $3::uuid[]) AS x(id, tid)`,
    [ids, sessionId, tandems.map((x) => x.id)],
  );
  await db.query(
    `INSERT INTO enrolment_person (enrolment_id, person_id, session_id, enrolment_status)
     SELECT e, p, $2::uuid, 'CONFIRMED' FROM unnest($1::uuid[], $3::uuid[]) AS x(e, p)
     UNION ALL SELECT e, p, $2::uuid, 'CONFIRMED' FROM unnest($1::uuid[], $4::uuid[]) AS y(e, p)`,
    [ids, sessionId, tandems.map((x) => x.school.id), tandems.map((x) => x.company.id)],
  );
}
