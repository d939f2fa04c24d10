/**
 * `npm run bench:cockpit`: the cockpit at national scale. In a separate database (on DATABASE_URL's
 * server, else a throw-away embedded PostgreSQL on BENCH_PG_PORT) it migrates, loads the demo, COPYs
 * 100,000 tutors (BENCH_TUTORS) with tandems, sessions, bookings, attendance, self-assessments and
 * reviewed assignments, recomputes completion, then prints p50/p95 of the cockpit query per scope.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import type { JobQueue } from '../../jobs/job-queue.service';
import { CockpitRepository } from '../../modules/cockpit/cockpit.repository';
import { CockpitService } from '../../modules/cockpit/cockpit.service';
import { AccessFactsRepository } from '../../access-facts/access-facts.repository';
import { CompletionRepository } from '../../modules/completion/completion.repository';
import { CompletionService } from '../../modules/completion/completion.service';
import { ProgressService } from '../../modules/completion/progress.service';
import { factsFingerprintSql } from '../../modules/completion/completion.sql';
import { one as oneRow } from '../sql';
import { EditionsRepository } from '../../modules/programmes/editions.repository';
import { EditionsService } from '../../modules/programmes/editions.service';
import { ReferenceRepository } from '../../modules/reference/reference.repository';
import { ReferenceService } from '../../modules/reference/reference.service';
import { TargetsRepository } from '../../modules/targets/targets.repository';
import { TargetsService } from '../../modules/targets/targets.service';
import { measure, runBench, seededRandom, timed, withBenchDatabase } from './bench-harness';
import { copyRows } from './copy-in';

const TUTORS = Number(process.env['BENCH_TUTORS'] ?? 100_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 100);
const DATABASE = 'tandem_bench_cockpit';
const COUNTRIES: [string, number][] = [
  ['EE', 0.25],
  ['LV', 0.375],
  ['LT', 0.375],
];

/** A seeded generator: the same data on every run. */
const { random, pick } = seededRandom(20260);
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** COPY, then ANALYZE: the foreign-key checks of the next table plan against real row counts. */
async function load(
  client: Client,
  label: string,
  table: string,
  columns: string[],
  rows: Iterable<(string | number | boolean | null)[]>,
): Promise<void> {
  await timed(label, async () => {
    await copyRows(client, table, columns, rows);
    await client.query(`ANALYZE ${table}`);
  });
}

async function generate(client: Client, editionId: string): Promise<void> {
  const versions = new Map<string, string>(
    (
      await client.query<{ code: string; id: string }>(
        `SELECT DISTINCT ON (m.code) m.code, mv.id FROM module m JOIN module_version mv ON mv.module_id = m.id WHERE m.edition_id = $1 ORDER BY m.code, mv.version DESC`,
        [editionId],
      )
    ).rows.map((r) => [r.code, r.id]),
  );
  const assignments = (
    await client.query<{ id: string; code: string }>(
      `SELECT a.id, m.code FROM tandem_assignment a JOIN module_version mv ON mv.id = a.module_version_id JOIN module m ON m.id = mv.module_id WHERE m.edition_id = $1`,
      [editionId],
    )
  ).rows;

  // organisations: 150 schools and 350 companies per country
  const orgs = new Map<string, { school: string[]; company: string[] }>();
  await load(
    client,
    'organisations',
    'organisation',
    ['id', 'name', 'kind', 'country_code', 'registry_code', 'city'],
    (function* () {
      for (const [country] of COUNTRIES) {
        const entry = { school: [] as string[], company: [] as string[] };
        orgs.set(country, entry);
        for (let i = 0; i < 500; i++) {
          const id = randomUUID();
          const school = i < 150;
          (school ? entry.school : entry.company).push(id);
          yield [
            id,
            `Bench ${school ? 'school' : 'company'} ${country}-${i}`,
            school ? 'VET_INSTITUTION' : 'COMPANY',
            country,
            `BENCH-${i}`,
            'Bench',
          ];
        }
      }
    })(),
  );

  interface Tutor {
    id: string;
    country: string;
    side: 'SCHOOL' | 'COMPANY';
    org: string;
  }
  const tutors: Tutor[] = [];
  for (let i = 0; i < TUTORS; i += 2) {
    const r = random();
    const country = r < 0.25 ? 'EE' : r < 0.625 ? 'LV' : 'LT';
    const o = orgs.get(country) ?? { school: [], company: [] };
    tutors.push(
      { id: randomUUID(), country, side: 'SCHOOL', org: pick(o.school) },
      { id: randomUUID(), country, side: 'COMPANY', org: pick(o.company) },
    );
  }
  await load(
    client,
    `persons (${tutors.length})`,
    'person',
    ['id', 'email', 'given_name', 'family_name', 'preferred_language'],
    tutors.map((t, i) => [t.id, `bench-${i}@bench.example`, 'Bench', `Tutor ${i}`, 'en']),
  );
  await load(
    client,
    'tutor profiles',
    'tutor_profile',
    ['person_id', 'organisation_id', 'organisation_kind', 'side'],
    tutors.map((t) => [t.id, t.org, t.side === 'SCHOOL' ? 'VET_INSTITUTION' : 'COMPANY', t.side]),
  );
  await load(
    client,
    'participations',
    'tutor_participation',
    ['edition_id', 'person_id', 'joined_at'],
    tutors.map((t) => [editionId, t.id, daysFromNow(-200 + random() * 60)]),
  );

  // tandems: 95 % of the pairs, 97 % of those ACTIVE
  interface Pair {
    id: string;
    school: Tutor;
    company: Tutor;
    active: boolean;
  }
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < tutors.length; i += 2)
    if (random() < 0.95)
      pairs.push({
        id: randomUUID(),
        school: tutors[i],
        company: tutors[i + 1],
        active: random() < 0.97,
      });
  await load(
    client,
    `tandems (${pairs.length})`,
    'tandem',
    ['id', 'edition_id', 'school_tutor_id', 'company_tutor_id', 'status', 'activated_at'],
    pairs.map((p) => [
      p.id,
      editionId,
      p.school.id,
      p.company.id,
      p.active ? 'ACTIVE' : 'FORMING',
      p.active ? daysFromNow(-150 + random() * 40) : null,
    ]),
  );
  await load(
    client,
    'tandem members',
    'tandem_member',
    ['tandem_id', 'side', 'edition_id', 'tandem_status', 'person_id'],
    pairs.flatMap((p) => [
      [p.id, 'SCHOOL', editionId, p.active ? 'ACTIVE' : 'FORMING', p.school.id],
      [p.id, 'COMPANY', editionId, p.active ? 'ACTIVE' : 'FORMING', p.company.id],
    ]),
  );

  // sessions: per country 3 national modules × 150 past sessions; JM1 past, JM2 ahead (joint: no country)
  interface Session {
    id: string;
    past: boolean;
  }
  const sessions: (string | number | null)[][] = [];
  const national = new Map<string, Session[][]>();
  const jm1: Session[] = [];
  const jm2: Session[] = [];
  const addSession = (code: string, country: string | null, daysAgo: number, hours: number): Session => {
    const id = randomUUID();
    const past = daysAgo > 0;
    const starts = daysFromNow(-daysAgo);
    sessions.push([
      id,
      editionId,
      versions.get(code) as string,
      country,
      starts,
      daysFromNow(-daysAgo + hours / 24),
      'Europe/Riga',
      hours,
      400,
      past ? 'COMPLETED' : 'SCHEDULED',
      'Bench hall',
      'en',
      daysFromNow(-daysAgo - 2),
      randomUUID(),
    ]);
    return { id, past };
  };
  for (const [country] of COUNTRIES)
    national.set(
      country,
      [1, 2, 3].map((n) =>
        Array.from({ length: 150 }, () => addSession(`${country}-N${n}`, country, 10 + random() * 170, 8)),
      ),
    );
  for (let i = 0; i < 150; i++) jm1.push(addSession('JM1', null, 60 + random() * 40, 16));
  for (let i = 0; i < 150; i++) jm2.push(addSession('JM2', null, -(20 + random() * 60), 16));
  await load(
    client,
    `training sessions (${sessions.length})`,
    'training_session',
    [
      'id',
      'edition_id',
      'module_version_id',
      'country_code',
      'starts_at',
      'ends_at',
      'time_zone',
      'hours',
      'capacity',
      'status',
      'venue',
      'language',
      'enrolment_deadline',
      'check_in_secret',
    ],
    sessions,
  );

  // bookings of ACTIVE tandems: JM1, one session of each national module (some later starters miss
  // some), JM2 ahead; attendance for past sessions: 88 % PRESENT, 8 % ABSENT, 4 % EXCUSED
  const enrolments: (string | number | null)[][] = [];
  const enrolmentPeople: string[][] = [];
  const attendance: string[][] = [];
  const attendedJm1 = new Set<string>();
  for (const p of pairs.filter((x) => x.active)) {
    const booked: Session[] = [];
    const progress = random();
    if (progress > 0.2) booked.push(pick(jm1));
    for (const [i, sessionsOfModule] of (national.get(p.school.country) ?? []).entries())
      if (progress > 0.1 * i) booked.push(pick(sessionsOfModule));
    if (random() < 0.7) booked.push(pick(jm2));
    for (const s of booked) {
      const id = randomUUID();
      enrolments.push([id, s.id, p.id, 'CONFIRMED', 2, daysFromNow(-180), daysFromNow(-180)]);
      for (const person of [p.school, p.company]) {
        enrolmentPeople.push([id, person.id, s.id, 'CONFIRMED']);
        if (s.past) {
          const r = random();
          attendance.push([s.id, person.id, r < 0.88 ? 'PRESENT' : r < 0.96 ? 'ABSENT' : 'EXCUSED']);
          if (r < 0.88 && jm1.includes(s)) attendedJm1.add(person.id);
        }
      }
    }
  }
  await load(
    client,
    `enrolments (${enrolments.length})`,
    'enrolment',
    ['id', 'session_id', 'tandem_id', 'status', 'seats', 'queued_at', 'confirmed_at'],
    enrolments,
  );
  await load(
    client,
    `enrolment people (${enrolmentPeople.length})`,
    'enrolment_person',
    ['enrolment_id', 'person_id', 'session_id', 'enrolment_status'],
    enrolmentPeople,
  );
  await load(
    client,
    `attendance (${attendance.length})`,
    'attendance',
    ['session_id', 'person_id', 'status'],
    attendance,
  );

  // the AFTER_MODULE 1 round: 75 % of those who attended JM1 submitted
  let round = (
    await client.query<{ id: string; profile: string }>(
      `SELECT id, profile_version_id AS profile FROM assessment_round WHERE edition_id = $1 AND kind = 'AFTER_MODULE' AND module_number = 1`,
      [editionId],
    )
  ).rows[0];
  if (!round) {
    const profile =
      (await client.query<{ id: string }>(`SELECT id FROM competence_profile ORDER BY version DESC LIMIT 1`)).rows[0] ??
      (
        await client.query<{ id: string }>(
          `INSERT INTO competence_profile (version, status) VALUES (1, 'DRAFT') RETURNING id`,
        )
      ).rows[0];
    round = (
      await client.query<{ id: string; profile: string }>(
        `INSERT INTO assessment_round (edition_id, kind, module_number, opens_at, closes_at, profile_version_id) VALUES ($1, 'AFTER_MODULE', 1, now() - interval '60 days', now() + interval '30 days', $2) RETURNING id, profile_version_id AS profile`,
        [editionId, profile.id],
      )
    ).rows[0];
  }
  const submitted = [...attendedJm1].filter(() => random() < 0.75);
  await load(
    client,
    `self-assessments (${submitted.length})`,
    'self_assessment',
    ['round_id', 'profile_version_id', 'person_id', 'status', 'submitted_at'],
    submitted.map((id) => [round.id, round.profile, id, 'SUBMITTED', daysFromNow(-random() * 40)]),
  );

  // submissions: each ACTIVE tandem answered the assignments of JM1 and its country's modules; 80 % ACCEPTED
  const submissions: (string | null)[][] = [];
  for (const p of pairs.filter((x) => x.active))
    for (const a of assignments.filter((x) => x.code === 'JM1' || x.code.startsWith(`${p.school.country}-`))) {
      if (random() < 0.15) continue;
      const at = daysFromNow(-random() * 50);
      const accepted = random() < 0.8;
      submissions.push([a.id, p.id, accepted ? 'ACCEPTED' : 'SUBMITTED', at, at, at, accepted ? at : null]);
    }
  await load(
    client,
    `assignment submissions (${submissions.length})`,
    'assignment_submission',
    [
      'assignment_id',
      'tandem_id',
      'status',
      'school_confirmed_at',
      'company_confirmed_at',
      'submitted_at',
      'reviewed_at',
    ],
    submissions,
  );
}

async function main(): Promise<void> {
  console.log(`Cockpit benchmark: ${TUTORS} tutors in database ${DATABASE}`);
  await withBenchDatabase(DATABASE, 54398, async (db, client) => {
    const [{ id: editionId }] = await db.query(`SELECT id FROM edition ORDER BY starts_on DESC LIMIT 1`);
    await generate(client, editionId);
    await timed('analyze', () => client.query('ANALYZE'));

    const audit = new AuditService();
    const editions = new EditionsService(db, new EditionsRepository(), audit);
    const completion = new CompletionService(
      db,
      new CompletionRepository(),
      new AccessFactsRepository(),
      editions,
      audit,
      {
        define: () => undefined,
      } as unknown as JobQueue,
    );
    const reference = new ReferenceService(db, new ReferenceRepository());
    const targets = new TargetsService(db, new TargetsRepository(), editions, reference, audit);
    const cockpit = new CockpitService(db, new CockpitRepository(), editions, targets, completion, reference);
    await db.query(
      `INSERT INTO completion_rule (edition_id, required_joint_numbers, min_national_hours, self_assessment_kind, self_assessment_module_number, assignments_mode)
       VALUES ($1, '{1}', 24, 'AFTER_MODULE', 1, 'ATTENDED_MODULES')
       ON CONFLICT (edition_id) DO UPDATE SET required_joint_numbers = '{1}', min_national_hours = 24, self_assessment_kind = 'AFTER_MODULE',
         self_assessment_module_number = 1, assignments_mode = 'ATTENDED_MODULES', min_joint_modules = 0, min_accepted_assignments = 0`,
      [editionId],
    );
    const refreshed = await timed('completion refresh (set-based, everyone)', () =>
      db.transaction((m) => completion.refresh(m, editionId)),
    );
    console.log(`  → ${refreshed.people} tutors, ${refreshed.changes} status changes`);
    await timed('analyze', () => client.query('ANALYZE completion_status'));
    const again = await timed('completion refresh again (no changes)', () =>
      db.transaction((m) => completion.refresh(m, editionId)),
    );
    console.log(`  → ${again.changes} status changes`);

    await timed('facts fingerprint (the minute job when idle)', () =>
      oneRow(db.manager, factsFingerprintSql(editionId)),
    );
    // one tutor: the live progress page and the refresh after a withdrawal
    const [{ person_id: one }] = await db.query(
      `SELECT person_id FROM completion_status WHERE edition_id = $1 AND status = 'IN_TRAINING' LIMIT 1`,
      [editionId],
    );
    const progress = new ProgressService(
      db,
      new CompletionRepository(),
      new AccessFactsRepository(),
      editions,
      completion,
    );
    const tutorViewer: Viewer = {
      personId: one,
      sessionId: randomUUID(),
      grants: [
        {
          role: 'TUTOR',
          scopeKind: 'SELF',
          countryCode: null,
          organisationId: null,
        },
      ],
    };
    await measure('my progress (live, one tutor)', () => progress.ofPerson(tutorViewer, one, editionId), {
      runs: 20,
    });
    await timed('refresh of one tutor (e.g. a withdrawal)', () =>
      db.transaction((m) => completion.refresh(m, editionId, [one])),
    );
    const [{ org }] = await db.query(
      `SELECT organisation_id AS org FROM completion_status GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const viewer = (
      role: Viewer['grants'][number]['role'],
      scopeKind: Viewer['grants'][number]['scopeKind'],
      countryCode: string | null = null,
      organisationId: string | null = null,
    ): Viewer => ({
      personId: randomUUID(),
      sessionId: randomUUID(),
      grants: [{ role, scopeKind, countryCode, organisationId }],
    });
    const scenarios: [string, Viewer][] = [
      ['ADMIN (all countries)', viewer('ADMIN', 'PROGRAMME')],
      ['OBSERVER (all countries)', viewer('OBSERVER', 'PROGRAMME')],
      ['COORDINATOR LT', viewer('COORDINATOR', 'COUNTRY', 'LT')],
      ['MANAGER (largest organisation)', viewer('MANAGER', 'ORGANISATION', null, org)],
    ];
    const headline = await cockpit.targetProgress(scenarios[0][1], editionId);
    console.log(
      `  cockpit: trained ${headline.trained} / ${headline.target}, in training ${headline.inTraining}, forecast ${headline.forecastTrained}`,
    );
    console.log(`\ntargetProgress (all its queries), ${RUNS} runs each after 5 warm-up runs:`);
    for (const [label, v] of scenarios)
      await measure(label, () => cockpit.targetProgress(v, editionId), { runs: RUNS, warmUp: 5 });
    await measure(
      'drill-down page (LT, IN_TRAINING)',
      () => cockpit.people(scenarios[0][1], editionId, { countryCode: 'LT', status: 'IN_TRAINING' }, 50),
      { runs: RUNS, warmUp: 0 },
    );
  });
}

runBench(main);
