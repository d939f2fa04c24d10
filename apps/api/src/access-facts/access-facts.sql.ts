import { sql, type Sql } from '../database/sql';

/**
 * The access facts as SQL, for lists filtered in the database (set-based: one statement whatever
 * the number of rows). Where a tutor belongs is where their organisation is; a tandem belongs to
 * both its tutors' countries and organisations; a person to their tutor profile's country and to
 * the countries of their role grants. Every module reads these facts from here, never from its
 * own copy of the joins.
 *
 * The arguments that name columns (`sql.raw('t.id')`) are constant SQL of the caller's query.
 */
export const AccessFactsSql = {
  /** One row per tutor: person_id, organisation_id, side, country_code (text). Use as a table. */
  tutorHomes: sql.raw(
    `(SELECT tp.person_id, tp.organisation_id, tp.side, o.country_code::text AS country_code
        FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id)`,
  ),

  /** The country (text) of the tutor `personId`, NULL for someone without a tutor profile. */
  tutorCountry: (personId: Sql): Sql =>
    sql`(SELECT o.country_code::text FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id
          WHERE tp.person_id = ${personId})`,

  /** The distinct countries (text[], sorted) of the tandem row `t`'s two tutors. */
  tandemCountries: (t: Sql): Sql =>
    sql`ARRAY(SELECT DISTINCT o.country_code::text FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id
               WHERE tp.person_id IN (${t}.school_tutor_id, ${t}.company_tutor_id) ORDER BY 1)`,

  /** The organisations (uuid[]) of the tandem row `t`'s two tutors. */
  tandemOrganisations: (t: Sql): Sql =>
    sql`ARRAY(SELECT DISTINCT tp.organisation_id FROM tutor_profile tp
               WHERE tp.person_id IN (${t}.school_tutor_id, ${t}.company_tutor_id) ORDER BY 1)`,

  /** Whether the tandem `tandemId` has a tutor in one of `countries`. */
  tandemInCountries: (tandemId: Sql, countries: readonly string[]): Sql =>
    sql`EXISTS (SELECT 1 FROM tandem ft JOIN tutor_profile tp ON tp.person_id IN (ft.school_tutor_id, ft.company_tutor_id)
                  JOIN organisation o ON o.id = tp.organisation_id
                 WHERE ft.id = ${tandemId} AND o.country_code = ANY(${countries}::text[]))`,

  /**
   * The trainers (uuid[]) of the sessions the person `personId` holds a seat in (confirmed or
   * waitlisted): whom a TRAINER's session scope reaches.
   */
  sessionTrainersOf: (personId: Sql): Sql =>
    sql`ARRAY(SELECT DISTINCT st.person_id FROM enrolment_person ep JOIN session_trainer st ON st.session_id = ep.session_id
               WHERE ep.person_id = ${personId} AND ep.enrolment_status <> 'CANCELLED' ORDER BY 1)`,

  /**
   * Whether the person `personId` belongs to one of `countries`: through a country-scoped grant, a
   * grant in an organisation of the country, or the organisation of their tutor profile.
   */
  personInCountries: (personId: Sql, countries: readonly string[]): Sql =>
    sql`(EXISTS (SELECT 1 FROM role_grant g LEFT JOIN organisation go ON go.id = g.organisation_id
                  WHERE g.person_id = ${personId} AND COALESCE(g.country_code, go.country_code)::text = ANY(${countries}::text[]))
         OR EXISTS (SELECT 1 FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id
                     WHERE tp.person_id = ${personId} AND o.country_code::text = ANY(${countries}::text[])))`,
};
