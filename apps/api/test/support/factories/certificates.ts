import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { refreshCompletion } from '../../../src/modules/completion/completion-refresh';
import { enrol, mark, newSession } from '../completion-facts';
import { createPerson } from '../fixtures';

/**
 * A small edition of its own for the certificate specs: joint module 1 and a national module per
 * country (titles in five languages), a published competence profile of two areas, the rule
 * "joint module 1 and 8 national hours", and a school in Latvia and Estonia.
 */
export interface CertificateWorld {
  editionId: string;
  schools: Record<'LV' | 'EE', string>;
}

const hex = () => randomBytes(4).toString('hex');
const one = async <T>(db: DataSource, sql: string, params: unknown[] = []): Promise<T> =>
  ((await db.query(sql, params)) as T[])[0];

const title = (en: string, lv: string, ru: string) => JSON.stringify({ en, et: en, lv, lt: en, ru });

export async function createCertificateWorld(db: DataSource): Promise<CertificateWorld> {
  const programme = await one<{ id: string }>(db, `INSERT INTO programme (name) VALUES ($1) RETURNING id`, [
    `Programme ${hex()}`,
  ]);
  const edition = await one<{ id: string }>(
    db,
    `INSERT INTO edition (programme_id, name, starts_on, ends_on, target_trained, languages)
     VALUES ($1, '2026–2027', current_date - 200, current_date + 200, 100, '{en,et,lv,lt,ru}') RETURNING id`,
    [programme.id],
  );
  const modules: [string, string, number | null, string | null, string][] = [
    [
      'JM1',
      'JOINT',
      1,
      null,
      title('Planning learning at work', 'Mācīšanās plānošana darbā', 'Планирование обучения на рабочем месте'),
    ],
    [
      'LV-N1',
      'NATIONAL',
      null,
      'LV',
      title('The legal frame of WBL in Latvia', 'DVB tiesiskais regulējums Latvijā', 'Правовая база WBL в Латвии'),
    ],
    [
      'EE-N1',
      'NATIONAL',
      null,
      'EE',
      title('The legal frame of WBL in Estonia', 'DVB tiesiskais regulējums Igaunijā', 'Правовая база WBL в Эстонии'),
    ],
  ];
  for (const [code, kind, number, country, text] of modules) {
    const m = await one<{ id: string }>(
      db,
      `INSERT INTO module (edition_id, kind, number, country_code, code) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [edition.id, kind, number, country, code],
    );
    await db.query(
      `INSERT INTO module_version (module_id, version, status, title, contact_hours, self_study_hours, delivery_mode, published_at)
       VALUES ($1, 1, 'PUBLISHED', $2, 8, 0, 'IN_PERSON', now())`,
      [m.id, text],
    );
  }
  const profile = await one<{ id: string }>(
    db,
    `INSERT INTO competence_profile (version, status, published_at) VALUES (1, 'PUBLISHED', now()) RETURNING id`,
  );
  await db.query(
    `INSERT INTO competence_area (profile_id, code, position, title) VALUES
       ($1, 'PLAN', 1, $2), ($1, 'GUIDE', 2, $3)`,
    [profile.id, title('Planning', 'Plānošana', 'Планирование'), title('Guiding', 'Vadīšana', 'Руководство')],
  );
  await db.query(
    `INSERT INTO completion_rule (edition_id, required_joint_numbers, min_national_hours) VALUES ($1, '{1}', 8)`,
    [edition.id],
  );
  const school = async (country: string) =>
    (
      await one<{ id: string }>(
        db,
        `INSERT INTO organisation (name, kind, country_code, registry_code, city) VALUES ($1, 'VET_INSTITUTION', $2, $3, 'Rīga') RETURNING id`,
        [`School ${hex()}`, country, hex()],
      )
    ).id;
  return { editionId: edition.id, schools: { LV: await school('LV'), EE: await school('EE') } };
}

export interface CertificateTutor {
  id: string;
  email: string;
}

/** A school tutor of `country` in the world's edition; TRAINED (JM1 + 8 national hours attended) unless `trained` is false. */
export async function createTutor(
  db: DataSource,
  world: CertificateWorld,
  options: {
    country?: 'LV' | 'EE';
    givenName?: string;
    familyName?: string;
    language?: string;
    trained?: boolean;
  } = {},
): Promise<CertificateTutor> {
  const country = options.country ?? 'LV';
  const person = await createPerson(db, [{ role: 'TUTOR' }], {
    givenName: options.givenName ?? 'Test',
    familyName: options.familyName ?? `Tutor ${hex()}`,
    preferredLanguage: options.language ?? 'en',
  });
  await db.query(
    `INSERT INTO tutor_profile (person_id, organisation_id, organisation_kind, side) VALUES ($1, $2, 'VET_INSTITUTION', 'SCHOOL')`,
    [person.id, world.schools[country]],
  );
  await db.query(`INSERT INTO tutor_participation (edition_id, person_id) VALUES ($1, $2)`, [
    world.editionId,
    person.id,
  ]);
  await attendModule(db, world, person.id, 'JM1');
  if (options.trained !== false) await attendModule(db, world, person.id, `${country}-N1`);
  await db.transaction((manager) => refreshCompletion(manager, world.editionId, [person.id]));
  return person;
}

/** The person attended (PRESENT) a new 8-hour session of the module that ended 10 days ago. */
export async function attendModule(
  db: DataSource,
  world: CertificateWorld,
  personId: string,
  code: string,
): Promise<string> {
  const session = await newSession(db, world.editionId, code, 8, 10);
  await enrol(db, session, [personId], null);
  await mark(db, session, personId, 'PRESENT');
  return session;
}

/** Marks the person ABSENT at every session of the module (a correction) and recomputes their status. */
export async function correctAttendance(
  db: DataSource,
  world: CertificateWorld,
  personId: string,
  status: 'ABSENT' | 'PRESENT',
) {
  await db.query(
    `UPDATE attendance a SET status = $3 FROM training_session s JOIN module_version mv ON mv.id = s.module_version_id JOIN module m ON m.id = mv.module_id
      WHERE a.session_id = s.id AND a.person_id = $2 AND m.edition_id = $1 AND m.kind = 'NATIONAL'`,
    [world.editionId, personId, status],
  );
  await db.transaction((manager) => refreshCompletion(manager, world.editionId, [personId]));
}
