import type { EntityManager } from 'typeorm';
import { refreshCompletion } from '../../modules/completion/completion-refresh';

/**
 * The completion demo (issue 8): the edition's target (800: EE 200, LV 300, LT 300; school 400,
 * company 400), its rule as it stands after joint module 1 (20 national hours, what each country's
 * three national modules give; joint module 1,
 * the AFTER_MODULE 1 self-assessment, the assignments of attended modules), and a historical
 * cohort of tandems whose facts put about 40 % of the target TRAINED by today — Lithuania behind
 * its split — with confirmed bookings of future sessions for the forecast.
 *
 * Everything is set-based SQL over generate_series (one statement per table): the whole cohort
 * loads in well under a second.
 */

/** Tandems per country and the share of them that completed (LT lags on purpose). */
const COHORT = [
  {
    country: 'EE',
    tandems: 75,
    complete: 0.72,
    lang: 'et',
    tz: 'Europe/Tallinn',
  },
  { country: 'LV', tandems: 105, complete: 0.7, lang: 'lv', tz: 'Europe/Riga' },
  {
    country: 'LT',
    tandems: 80,
    complete: 0.36,
    lang: 'lt',
    tz: 'Europe/Vilnius',
  },
];

/** Small name lists: given names (female, male) and family names (female form, male form). */
const NAMES: Record<string, { given: [string[], string[]]; family: [string[], string[]] }> = {
  EE: {
    given: [
      ['Kadri', 'Liina', 'Maarja', 'Kristiina', 'Triin', 'Anu', 'Katrin', 'Piret', 'Helen', 'Merike'],
      ['Andres', 'Tarmo', 'Priit', 'Margus', 'Indrek', 'Rein', 'Toomas', 'Urmas', 'Jaan', 'Siim'],
    ],
    family: [
      ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel', 'Lepik', 'Oja'],
      ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel', 'Lepik', 'Oja'],
    ],
  },
  LV: {
    given: [
      ['Ilze', 'Inese', 'Kristīne', 'Līga', 'Anna', 'Dace', 'Sandra', 'Zane', 'Ieva', 'Baiba'],
      ['Jānis', 'Andris', 'Mārtiņš', 'Edgars', 'Kaspars', 'Raivis', 'Aigars', 'Uldis', 'Roberts', 'Gints'],
    ],
    family: [
      ['Bērziņa', 'Kalniņa', 'Ozola', 'Jansone', 'Liepiņa', 'Krūmiņa', 'Vītola', 'Zariņa', 'Pētersone', 'Kļaviņa'],
      ['Bērziņš', 'Kalniņš', 'Ozols', 'Jansons', 'Liepiņš', 'Krūmiņš', 'Vītols', 'Zariņš', 'Pētersons', 'Kļaviņš'],
    ],
  },
  LT: {
    given: [
      ['Rūta', 'Asta', 'Jurgita', 'Eglė', 'Inga', 'Laura', 'Vaida', 'Kristina', 'Aušra', 'Giedrė'],
      ['Tomas', 'Mindaugas', 'Darius', 'Andrius', 'Marius', 'Paulius', 'Vytautas', 'Saulius', 'Gediminas', 'Rimantas'],
    ],
    family: [
      [
        'Kazlauskienė',
        'Petrauskienė',
        'Jankauskienė',
        'Stankevičienė',
        'Vasiliauskienė',
        'Žukauskienė',
        'Butkienė',
        'Paulauskienė',
        'Urbonienė',
        'Kavaliauskienė',
      ],
      [
        'Kazlauskas',
        'Petrauskas',
        'Jankauskas',
        'Stankevičius',
        'Vasiliauskas',
        'Žukauskas',
        'Butkus',
        'Paulauskas',
        'Urbonas',
        'Kavaliauskas',
      ],
    ],
  },
};

/** How many tutors the cohort adds (two per tandem); their e-mails start with `cohort.`. */
export const DEMO_COHORT_TUTORS = COHORT.reduce((n, c) => n + 2 * c.tandems, 0);

/** Waves of national training: wave w finished its third national session (100 − 9w) days ago. */
const WAVES = 10;

export async function loadDemoCompletion(
  manager: EntityManager,
  editionId: string,
  passwordHash: string,
): Promise<void> {
  await manager.query(`INSERT INTO target (edition_id, total) VALUES ($1::uuid, 800)`, [editionId]);
  await manager.query(
    `INSERT INTO target_split (edition_id, dimension, key, value) VALUES
       ($1::uuid, 'COUNTRY', 'EE', 200), ($1::uuid, 'COUNTRY', 'LV', 300), ($1::uuid, 'COUNTRY', 'LT', 300), ($1::uuid, 'SIDE', 'SCHOOL', 400), ($1::uuid, 'SIDE', 'COMPANY', 400)`,
    [editionId],
  );
  await manager.query(
    `INSERT INTO completion_rule (edition_id, required_joint_numbers, min_joint_modules, min_national_hours, self_assessment_kind,
                                  self_assessment_module_number, assignments_mode)
     VALUES ($1::uuid, '{1}', 0, 20, 'AFTER_MODULE', 1, 'ATTENDED_MODULES')`,
    [editionId],
  );

  // The cohort: one row per tutor (odd n: school, even n: company; the pair is a tandem).
  await manager.query(
    `CREATE TEMP TABLE demo_cohort ON COMMIT DROP AS
     SELECT gen_random_uuid() AS person_id, s.country, s.lang, s.tz, g AS n, (g + 1) / 2 AS pair,
            CASE WHEN g % 2 = 1 THEN 'SCHOOL' ELSE 'COMPANY' END AS side,
            (g + 1) / 2 <= round(s.tandems * s.complete) AS completes,
            ((g + 1) / 2) % ${WAVES} AS wave, ((g * 7) / 3) % 2 AS female
       FROM jsonb_to_recordset($1::jsonb) AS s(country text, tandems int, complete numeric, lang text, tz text),
            generate_series(1, s.tandems * 2) g`,
    [JSON.stringify(COHORT)],
  );
  await manager.query(
    `INSERT INTO person (id, email, given_name, family_name, preferred_language, time_zone, password_hash, password_changed_at)
     SELECT c.person_id, 'cohort.' || lower(c.country) || '.' || lpad(c.n::text, 3, '0') || '@tandem.example',
            (n.names -> 'given' -> (1 - c.female) ->> (abs(hashtext(c.country || c.n || 'given')) % 10)),
            (n.names -> 'family' -> (1 - c.female) ->> (abs(hashtext(c.country || c.n || 'family')) % jsonb_array_length(n.names -> 'family' -> 0))),
            c.lang, c.tz, $2, now()
       FROM demo_cohort c JOIN jsonb_each($1::jsonb) AS n(country, names) ON n.country = c.country`,
    [JSON.stringify(NAMES), passwordHash],
  );
  await manager.query(
    `INSERT INTO role_grant (person_id, role, scope_kind) SELECT person_id, 'TUTOR', 'SELF' FROM demo_cohort`,
  );
  // Tutors spread round-robin over the demo organisations of their country and side.
  await manager.query(
    `INSERT INTO tutor_profile (person_id, organisation_id, organisation_kind, side, years_of_experience)
     SELECT c.person_id, o.id, o.kind, c.side, 3 + c.n % 20
       FROM demo_cohort c
       JOIN LATERAL (
         SELECT id, kind, row_number() OVER (ORDER BY name, id) AS k, count(*) OVER () AS total
           FROM organisation WHERE country_code = c.country AND kind = CASE c.side WHEN 'SCHOOL' THEN 'VET_INSTITUTION' ELSE 'COMPANY' END
       ) o ON o.k = 1 + c.pair % o.total`,
  );
  await manager.query(
    `INSERT INTO tutor_participation (edition_id, person_id, joined_at) SELECT $1::uuid, person_id, now() - make_interval(days => 190 - wave) FROM demo_cohort`,
    [editionId],
  );
  await manager.query(
    `CREATE TEMP TABLE demo_cohort_tandem ON COMMIT DROP AS
     SELECT gen_random_uuid() AS tandem_id, s.country, s.pair, s.wave, s.completes, s.person_id AS school_id, k.person_id AS company_id
       FROM demo_cohort s JOIN demo_cohort k ON k.country = s.country AND k.pair = s.pair AND k.side = 'COMPANY'
      WHERE s.side = 'SCHOOL'`,
  );
  await manager.query(
    `INSERT INTO tandem (id, edition_id, school_tutor_id, company_tutor_id, status, created_at, activated_at)
     SELECT tandem_id, $1::uuid, school_id, company_id, 'ACTIVE', now() - make_interval(days => 180 - wave), now() - make_interval(days => 178 - wave)
       FROM demo_cohort_tandem`,
    [editionId],
  );
  await manager.query(
    `INSERT INTO tandem_member (tandem_id, side, edition_id, tandem_status, person_id)
     SELECT tandem_id, 'SCHOOL', $1::uuid, 'ACTIVE', school_id FROM demo_cohort_tandem
     UNION ALL SELECT tandem_id, 'COMPANY', $1::uuid, 'ACTIVE', company_id FROM demo_cohort_tandem`,
    [editionId],
  );

  // Sessions: per country, national module n of wave w was held (100 − 9w + 25(3 − n)) days ago, for the
  // module's contact hours (EE 6 + 8 + 6, LV 6 + 10 + 4, LT 6 + 8 + 6: the rule's 20 national hours); joint
  // module 1 (three days) about 120 days ago, and its first run in version 1 (two days) 146 days ago for the
  // first two waves (module_n -1: its feedback led to version 2); two national sessions ahead. Each starts at
  // 09:00 local time, in days of at most 8 hours.
  await manager.query(
    `CREATE TEMP TABLE demo_cohort_session ON COMMIT DROP AS
     WITH versions AS (
       SELECT DISTINCT ON (m.code) m.code, mv.id, mv.contact_hours FROM module m JOIN module_version mv ON mv.module_id = m.id
        WHERE m.edition_id = $1::uuid ORDER BY m.code, (mv.status = 'PUBLISHED') DESC, mv.version DESC
     ), planned AS (
       SELECT gen_random_uuid() AS session_id, c.country, n.n AS module_n, w.w AS wave, v.id AS version_id, c.tz,
              v.contact_hours AS hours, -(100 - 9 * w.w + 25 * (3 - n.n)) AS in_days
         FROM jsonb_to_recordset($2::jsonb) AS c(country text, tz text), generate_series(1, 3) n(n), generate_series(0, ${WAVES - 1}) w(w)
         JOIN versions v ON true
        WHERE v.code = c.country || '-N' || n.n
       UNION ALL
       SELECT gen_random_uuid(), c.country, n.n, NULL, v.id, c.tz, v.contact_hours, 12 + 14 * (n.n - 2)
         FROM jsonb_to_recordset($2::jsonb) AS c(country text, tz text), generate_series(2, 3) n(n)
         JOIN versions v ON true
        WHERE v.code = c.country || '-N' || n.n
       UNION ALL
       SELECT gen_random_uuid(), NULL, 0, NULL, v.id, 'Europe/Riga', v.contact_hours, -121 FROM versions v WHERE v.code = 'JM1'
       UNION ALL
       SELECT gen_random_uuid(), NULL, -1, NULL, mv.id, 'Europe/Riga', mv.contact_hours, -146
         FROM module m JOIN module_version mv ON mv.module_id = m.id AND mv.version = 1
        WHERE m.edition_id = $1::uuid AND m.code = 'JM1'
     )
     SELECT p.*, d.days,
            (date_trunc('day', now() AT TIME ZONE p.tz) + make_interval(days => p.in_days, hours => 9)) AT TIME ZONE p.tz AS starts_at,
            (date_trunc('day', now() AT TIME ZONE p.tz) + make_interval(days => p.in_days + d.days - 1, hours => 9)
               + make_interval(mins => round(p.hours * 60 / d.days)::int)) AT TIME ZONE p.tz AS ends_at
       FROM planned p CROSS JOIN LATERAL (SELECT ceil(p.hours / 8.0)::int AS days) d`,
    [editionId, JSON.stringify(COHORT)],
  );
  // Bookings: every tandem took JM1 (waves 0 and 1 its first version) and national module 1; completers modules 2 and 3 of their wave;
  // the others module 2 (a third of them ABSENT) and, for half of them, confirmed seats ahead.
  await manager.query(
    `CREATE TEMP TABLE demo_cohort_booking ON COMMIT DROP AS
     SELECT gen_random_uuid() AS enrolment_id, t.tandem_id, t.school_id, t.company_id, s.session_id, s.ends_at,
            CASE WHEN s.ends_at > now() THEN NULL
                 WHEN NOT t.completes AND s.module_n = 2 AND t.pair % 3 = 0 THEN 'ABSENT'
                 ELSE 'PRESENT' END AS attendance
       FROM demo_cohort_tandem t
       JOIN demo_cohort_session s
         ON (s.module_n = 0 AND t.wave >= 2) OR (s.module_n = -1 AND t.wave < 2)
         OR (s.country = t.country AND s.wave = t.wave AND (s.module_n = 1 OR s.module_n = 2 OR (t.completes AND s.module_n = 3)))
         OR (s.country = t.country AND s.wave IS NULL AND NOT t.completes AND t.pair % 2 = 0
             AND (s.module_n = 3 OR (s.module_n = 2 AND t.pair % 3 = 0)))`,
  );
  await manager.query(
    `INSERT INTO training_session (id, edition_id, module_version_id, country_code, starts_at, ends_at, time_zone, hours, capacity, seats_taken,
                                   status, venue, language, enrolment_deadline, check_in_secret)
     SELECT s.session_id, $1::uuid, s.version_id, s.country, s.starts_at, s.ends_at, s.tz,
            s.hours, greatest(24, b.seats), b.seats, CASE WHEN s.ends_at < now() THEN 'COMPLETED' ELSE 'SCHEDULED' END,
            CASE WHEN s.country IS NULL THEN 'Rīgas Valsts tehnikums, Kr. Valdemāra iela 1C, Rīga' ELSE 'Regional training centre' END,
            CASE s.country WHEN 'EE' THEN 'et' WHEN 'LV' THEN 'lv' WHEN 'LT' THEN 'lt' ELSE 'en' END,
            s.starts_at - interval '2 days', encode(sha256(gen_random_uuid()::text::bytea), 'hex')
       FROM demo_cohort_session s
       JOIN (SELECT session_id, 2 * count(*)::int AS seats FROM demo_cohort_booking GROUP BY session_id) b ON b.session_id = s.session_id`,
    [editionId],
  );
  // Every session with its trainer: the country's, all three for the joint module.
  await manager.query(
    `INSERT INTO session_trainer (session_id, person_id)
     SELECT s.session_id, p.id
       FROM demo_cohort_session s
       JOIN training_session ts ON ts.id = s.session_id
       JOIN person p ON p.email = ANY (SELECT 'trainer.' || lower(c) || '@tandem.example'
                                         FROM unnest(CASE WHEN s.country IS NULL THEN ARRAY['EE', 'LV', 'LT'] ELSE ARRAY[s.country] END) c)`,
  );
  await manager.query(
    `INSERT INTO enrolment (id, session_id, tandem_id, status, seats, queued_at, confirmed_at, created_at)
     SELECT enrolment_id, session_id, tandem_id, 'CONFIRMED', 2, least(ends_at, now()) - interval '30 days', least(ends_at, now()) - interval '30 days',
            least(ends_at, now()) - interval '30 days'
       FROM demo_cohort_booking`,
  );
  await manager.query(
    `INSERT INTO enrolment_person (enrolment_id, person_id, session_id, enrolment_status)
     SELECT enrolment_id, school_id, session_id, 'CONFIRMED' FROM demo_cohort_booking
     UNION ALL SELECT enrolment_id, company_id, session_id, 'CONFIRMED' FROM demo_cohort_booking`,
  );
  await manager.query(
    `INSERT INTO attendance (session_id, person_id, status, marked_at)
     SELECT session_id, school_id, attendance, ends_at FROM demo_cohort_booking WHERE attendance IS NOT NULL
     UNION ALL SELECT session_id, company_id, attendance, ends_at FROM demo_cohort_booking WHERE attendance IS NOT NULL`,
  );
  // Self-assessments with a rating of every competence (a submitted one is complete, as the service
  // requires): BASELINE by every cohort tutor when they joined, AFTER_MODULE 1 by every completer and
  // half of the others a few weeks after joint module 1, with levels about one step higher, and FINAL
  // by the completers (the final evaluation's paired figures): small gains that vary by area, person
  // and country (Lithuania's a little smaller), now and then a step down. Ratings are written while
  // the self-assessment is a DRAFT: the database refuses them once it is SUBMITTED.
  const hash = (salt: string) => `abs(hashtext(k.id::text || sa.person_id::text || '${salt}'))`;
  const engagement = `(abs(hashtext(sa.person_id::text || 'engagement')) % 3)`;
  const rounds: { kind: string; moduleNumber: number | null; who: string; submittedAt: string; growth: string }[] = [
    {
      kind: 'BASELINE',
      moduleNumber: null,
      who: 'true',
      submittedAt: 'least(r.closes_at, r.opens_at + make_interval(days => c.n % 35))',
      growth: '0',
    },
    {
      kind: 'AFTER_MODULE',
      moduleNumber: 1,
      who: 'c.completes OR c.n % 4 < 2',
      submittedAt: 'now() - make_interval(days => 110 - c.n % 30)',
      growth: `CASE WHEN k.code ~ '^(PLAN|COOP)' THEN 1 ELSE abs(hashtext(k.id::text || sa.person_id::text)) % 2 END`,
    },
    {
      kind: 'FINAL',
      moduleNumber: null,
      who: 'c.completes',
      submittedAt: 'now() - make_interval(days => 2 + c.n % 20)',
      // How much a tutor took from the programme (0, 1 or 2) spreads the gains between people.
      growth: `CASE WHEN ${hash('down')} % 17 = 0 THEN -1
                    WHEN k.code ~ '^(PLAN|COOP)' THEN (${hash('final')} % 4 < 1 + ${engagement})::int
                    WHEN k.code ~ '^(GUIDE|ASSESS)' THEN (${hash('final')} % 5 < ${engagement} + CASE c.country WHEN 'LT' THEN 0 ELSE 1 END)::int
                    ELSE (${hash('final')} % 6 < 1 + ${engagement})::int END`,
    },
  ];
  for (const round of rounds) {
    const roundFilter = `r.edition_id = $1::uuid AND r.kind = '${round.kind}' AND r.module_number IS NOT DISTINCT FROM ${round.moduleNumber ?? 'NULL'}::int`;
    await manager.query(
      `INSERT INTO self_assessment (round_id, profile_version_id, person_id, status, submitted_at, created_at)
       SELECT r.id, r.profile_version_id, c.person_id, 'DRAFT', NULL, ${round.submittedAt} - interval '2 days'
         FROM demo_cohort c JOIN assessment_round r ON ${roundFilter}
        WHERE ${round.who}
       ON CONFLICT (round_id, person_id) DO NOTHING`,
      [editionId],
    );
    // Levels: 1 or 2 at random (the same draw in every round of the tutor), plus one step where the
    // tutor's side is strong (school tutors in planning and assessing, company tutors in guiding at
    // work and safety), plus the round's growth: after joint module 1 a step in planning and
    // cooperation (what the module is about), half a step on average elsewhere.
    await manager.query(
      `INSERT INTO rating (self_assessment_id, profile_version_id, competence_id, level)
       SELECT sa.id, sa.profile_version_id, k.id,
              greatest(1, least(4, 1 + abs(hashtext(sa.person_id::text || k.id::text)) % 2
                       + CASE WHEN c.side = 'SCHOOL' AND k.code ~ '^(PLAN|ASSESS)' THEN 1
                              WHEN c.side = 'COMPANY' AND k.code ~ '^(GUIDE|SAFE)' THEN 1 ELSE 0 END
                       + ${round.growth}))
         FROM self_assessment sa
         JOIN assessment_round r ON r.id = sa.round_id AND ${roundFilter}
         JOIN demo_cohort c ON c.person_id = sa.person_id
         JOIN competence k ON k.profile_id = sa.profile_version_id
        WHERE sa.status = 'DRAFT'`,
      [editionId],
    );
    await manager.query(
      `UPDATE self_assessment sa SET status = 'SUBMITTED', submitted_at = ${round.submittedAt}
         FROM demo_cohort c, assessment_round r
        WHERE c.person_id = sa.person_id AND r.id = sa.round_id AND ${roundFilter} AND sa.status = 'DRAFT'`,
      [editionId],
    );
  }
  // Assignments of the modules each tandem attended: ACCEPTED by the country's trainer a few days after the session.
  await manager.query(
    `INSERT INTO assignment_submission (assignment_id, tandem_id, status, text, school_confirmed_at, company_confirmed_at, submitted_at,
                                        reviewed_by_id, reviewed_at, created_at)
     SELECT DISTINCT ON (a.id, b.tandem_id) a.id, b.tandem_id, 'ACCEPTED', 'Our shared plan and reflection.', b.ends_at + interval '2 days',
            b.ends_at + interval '3 days', b.ends_at + interval '3 days', tr.id, least(b.ends_at + interval '6 days', now() - interval '1 day'),
            b.ends_at + interval '1 day'
       FROM demo_cohort_booking b
       JOIN demo_cohort_tandem t ON t.tandem_id = b.tandem_id
       JOIN training_session s ON s.id = b.session_id
       JOIN module_version mv ON mv.id = s.module_version_id
       JOIN module_version amv ON amv.module_id = mv.module_id
       JOIN tandem_assignment a ON a.module_version_id = amv.id
       LEFT JOIN person tr ON tr.email = 'trainer.' || lower(t.country) || '@tandem.example'
      WHERE b.attendance = 'PRESENT' AND (t.completes OR t.pair % 5 = 0)
      ORDER BY a.id, b.tandem_id, b.ends_at`,
  );
  await refreshCompletion(manager, editionId);
}
