import { sql, type Sql } from '../../database/sql';

/**
 * The readable sections of a person's export, each one query (rows become JSON objects). The
 * `records` section beside them copies every row of every table that references the person
 * (PERSON_REFERENCES), so nothing is left out even where no section reads it yet.
 */
export function exportSections(personId: string, email: string): Record<string, Sql> {
  return {
    profile: sql`SELECT p.id, p.email, p.given_name, p.family_name, p.preferred_language, p.time_zone, p.created_at,
                        p.updated_at, p.deactivated_at, p.privacy_notice_accepted_at, tp.side, tp.occupation_field,
                        tp.years_of_experience, tp.languages, o.name AS organisation, o.country_code
                   FROM person p LEFT JOIN tutor_profile tp ON tp.person_id = p.id
                   LEFT JOIN organisation o ON o.id = tp.organisation_id WHERE p.id = ${personId}`,
    roles: sql`SELECT g.role, g.scope_kind, g.country_code, o.name AS organisation, g.created_at
                 FROM role_grant g LEFT JOIN organisation o ON o.id = g.organisation_id
                WHERE g.person_id = ${personId} ORDER BY g.role`,
    tandems: sql`SELECT t.id, t.status, e.name AS edition, t.created_at,
                        CASE WHEN t.school_tutor_id = ${personId} THEN 'SCHOOL' ELSE 'COMPANY' END AS my_side,
                        pp.given_name || ' ' || pp.family_name AS partner
                   FROM tandem t JOIN edition e ON e.id = t.edition_id
                   JOIN person pp ON pp.id = CASE WHEN t.school_tutor_id = ${personId} THEN t.company_tutor_id ELSE t.school_tutor_id END
                  WHERE ${personId} IN (t.school_tutor_id, t.company_tutor_id) ORDER BY t.created_at`,
    enrolments: sql`SELECT ep.enrolment_id, ep.enrolment_status AS status, s.starts_at, s.ends_at, s.venue, m.code AS module
                      FROM enrolment_person ep JOIN training_session s ON s.id = ep.session_id
                      JOIN module_version mv ON mv.id = s.module_version_id JOIN module m ON m.id = mv.module_id
                     WHERE ep.person_id = ${personId} ORDER BY s.starts_at`,
    attendance: sql`SELECT a.status, a.method, a.marked_at, s.starts_at, m.code AS module
                      FROM attendance a JOIN training_session s ON s.id = a.session_id
                      JOIN module_version mv ON mv.id = s.module_version_id JOIN module m ON m.id = mv.module_id
                     WHERE a.person_id = ${personId} ORDER BY s.starts_at`,
    selfAssessments: sql`SELECT sa.id, sa.status, r.kind AS round, sa.submitted_at,
                                (SELECT coalesce(jsonb_agg(jsonb_build_object('competence', c.code, 'level', x.level, 'evidence', x.evidence) ORDER BY c.code), '[]')
                                   FROM rating x JOIN competence c ON c.id = x.competence_id WHERE x.self_assessment_id = sa.id) AS ratings
                           FROM self_assessment sa JOIN assessment_round r ON r.id = sa.round_id
                          WHERE sa.person_id = ${personId} ORDER BY r.opens_at`,
    submissions: sql`SELECT s.id, s.status, s.text, s.attachments, s.updated_at
                       FROM assignment_submission s JOIN tandem t ON t.id = s.tandem_id
                      WHERE ${personId} IN (t.school_tutor_id, t.company_tutor_id) ORDER BY s.created_at`,
    certificates: sql`SELECT c.number, c.status, c.holder_name, c.issued_at, c.revoked_at, c.content
                        FROM certificate c WHERE c.person_id = ${personId} ORDER BY c.issued_at`,
    consents: sql`SELECT purpose, granted, text_version, changed_at FROM person_consent WHERE person_id = ${personId} ORDER BY purpose`,
    consentHistory: sql`SELECT purpose, granted, text_version, changed_at FROM consent_event
                         WHERE person_id = ${personId} ORDER BY changed_at, purpose`,
    signIns: sql`SELECT created_at AS signed_in_at, last_seen_at, expires_at, ip, user_agent FROM session
                  WHERE person_id = ${personId} ORDER BY created_at DESC`,
    signInAttempts: sql`SELECT attempted_at, ip, kind FROM login_attempt WHERE email = ${email} ORDER BY attempted_at DESC`,
    auditEvents: sql`SELECT occurred_at, operation, target_type, target_id, summary,
                            (actor_person_id = ${personId}) AS by_me
                       FROM audit_event
                      WHERE actor_person_id = ${personId} OR (target_type = 'Person' AND target_id = ${personId}::text)
                      ORDER BY occurred_at DESC`,
  };
}
