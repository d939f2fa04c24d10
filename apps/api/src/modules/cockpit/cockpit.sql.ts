import { scopeSql } from './cockpit-scope';

/** Counts per country × side in the viewer's scope, from the tallies ($1 edition, $2..$4 scope). */
export const MATRIX_SQL = `
SELECT cs.country_code::text AS country, cs.side,
       coalesce(sum(cs.tutors) FILTER (WHERE cs.status <> 'WITHDRAWN'), 0)::int AS registered,
       coalesce(sum(cs.tutors) FILTER (WHERE cs.status = 'IN_TANDEM'), 0)::int AS in_tandem,
       coalesce(sum(cs.tutors) FILTER (WHERE cs.status = 'IN_TRAINING'), 0)::int AS in_training,
       coalesce(sum(cs.tutors) FILTER (WHERE cs.status = 'TRAINED'), 0)::int AS trained,
       coalesce(sum(cs.tutors) FILTER (WHERE cs.status = 'WITHDRAWN'), 0)::int AS withdrawn,
       coalesce(sum(cs.tutors) FILTER (WHERE cs.on_track), 0)::int AS on_track,
       coalesce(sum(cs.sessions_marked), 0)::int AS marked,
       coalesce(sum(cs.sessions_present), 0)::int AS present
  FROM completion_tally cs
 WHERE cs.edition_id = $1 AND ${scopeSql(2)}
 GROUP BY cs.country_code, cs.side
 ORDER BY cs.country_code, cs.side`;

/**
 * The attendance rate of each country over the whole edition (aggregate, no scope): a cell's
 * forecast is the same whoever looks at it.
 */
export const COUNTRY_RATES_SQL = `
SELECT country_code::text AS country, sum(sessions_marked)::int AS marked, sum(sessions_present)::int AS present
  FROM completion_tally WHERE edition_id = $1 GROUP BY country_code`;

/** Tutors who became TRAINED per day (UTC), for the burn-up drawn under the rule in force. */
export const TRAINED_PER_DAY_SQL = `
SELECT cs.day::text AS day, sum(cs.tutors)::int AS n
  FROM completion_trained_day cs
 WHERE cs.edition_id = $1 AND ${scopeSql(2)}
 GROUP BY cs.day ORDER BY cs.day`;

/** The people behind a number: $5 country, $6 side, $7 status, $8 on track only, $9 cursor key, $10 limit. */
const PEOPLE_WHERE = `
 WHERE cs.edition_id = $1 AND ${scopeSql(2)}
   AND ($5::text IS NULL OR cs.country_code = $5::text)
   AND ($6::text IS NULL OR cs.side = $6::text)
   AND ($7::text IS NULL OR cs.status = $7::text)
   AND (NOT $8::boolean OR cs.on_track)`;

export const PEOPLE_SQL = `
SELECT cs.person_id, cs.sort_name, p.given_name, p.family_name, p.email, cs.country_code::text AS country_code, cs.side,
       cs.organisation_id, o.name AS organisation_name, cs.status, cs.national_hours::float AS national_hours,
       cs.joint_attended, cs.self_assessment_done, cs.assignments_accepted, cs.assignments_required, cs.trained_at, cs.on_track
  FROM completion_status cs
  JOIN person p ON p.id = cs.person_id
  JOIN organisation o ON o.id = cs.organisation_id
 ${PEOPLE_WHERE}
   AND ($9::text[] IS NULL OR (cs.sort_name, cs.person_id) > ($9[1], $9[2]::uuid))
 ORDER BY cs.sort_name, cs.person_id
 LIMIT $10`;

export const PEOPLE_COUNT_SQL = `SELECT count(*)::int AS n FROM completion_status cs ${PEOPLE_WHERE}`;
