import { AccessFactsSql } from '../../access-facts/access-facts.sql';
import { sql, type Sql } from '../../database/sql';
import type { CompletionRule } from './completion-rule.entity';

/**
 * The completion computation, set-based: one statement derives every tutor's status in an edition
 * from the facts, whatever their number (no loop over people in Node).
 *
 * Facts and how they count:
 * - attendance: `person_training` rows with attendance PRESENT in a session that is not CANCELLED;
 *   ABSENT, EXCUSED and unmarked count for nothing;
 * - national hours: the sum of `hours` of attended NATIONAL sessions; the moment the threshold is
 *   crossed is the end of the session that crossed it (running sum);
 * - joint modules: the distinct `joint_number`s attended;
 * - the self-assessment round: a SUBMITTED self-assessment of the edition's round of that kind/number;
 * - assignments: ACCEPTED submissions of any tandem the tutor was a member of — a dissolved tandem's
 *   accepted work still counts for both partners, it was done and reviewed;
 * - withdrawn: a participation_withdrawal row, or a deactivated account; it overrides everything.
 *
 * `trained_at` is when the last needed fact came true, so the burn-up can be drawn for past dates
 * under the rule in force. `on_track`: not trained yet, but the joint-module and hours conditions
 * would hold if the confirmed bookings of future sessions are attended (the forecast's input).
 *
 * The parameters (CompletionQuery): the edition, the person ids or NULL for everyone, and the rule:
 * required joint numbers, minimum joint modules, minimum national hours, round kind and module
 * number (NULL: no condition), assignments mode, minimum accepted assignments, its revision.
 */
export const computeCte = (p: CompletionQuery): Sql => sql`
pop AS (
  SELECT tp.person_id, prof.country_code, prof.side, prof.organisation_id, tp.joined_at,
         p.family_name || ' ' || p.given_name AS sort_name,
         coalesce(w.withdrawn_at, p.deactivated_at) AS withdrawn_at
    FROM tutor_participation tp
    JOIN ${AccessFactsSql.tutorHomes} prof ON prof.person_id = tp.person_id
    JOIN person p ON p.id = tp.person_id
    LEFT JOIN participation_withdrawal w ON w.edition_id = tp.edition_id AND w.person_id = tp.person_id
   WHERE tp.edition_id = ${p.editionId} AND (${p.personIds}::uuid[] IS NULL OR tp.person_id = ANY(${p.personIds}::uuid[]))
),
training AS (
  SELECT pt.person_id, pt.session_id, pt.module_id, pt.module_kind, pt.joint_number, pt.hours, pt.starts_at, pt.ends_at,
         pt.attendance_status = 'PRESENT' AS attended, pt.attendance_status IS NOT NULL AS marked,
         pt.attendance_status IS NULL AND pt.enrolment_status = 'CONFIRMED' AND pt.session_status = 'SCHEDULED'
           AND pt.starts_at > now() AS booked_ahead
    FROM person_training pt
    JOIN pop ON pop.person_id = pt.person_id
   WHERE pt.edition_id = ${p.editionId} AND pt.session_status <> 'CANCELLED'
     -- pop holds these people already; said again so that one person's progress reads their rows only
     -- instead of the whole edition's training joined to pop
     AND (${p.personIds}::uuid[] IS NULL OR pt.person_id = ANY(${p.personIds}::uuid[]))
),
att AS (SELECT * FROM training WHERE attended),
nat AS (
  SELECT person_id, sum(hours) AS hours, min(ends_at) FILTER (WHERE running >= ${p.minNationalHours}::numeric) AS reached_at
    FROM (SELECT person_id, hours, ends_at,
                 sum(hours) OVER (PARTITION BY person_id ORDER BY ends_at, session_id) AS running
            FROM att WHERE module_kind = 'NATIONAL') x
   GROUP BY person_id
),
joint_first AS (
  SELECT person_id, joint_number, min(ends_at) AS at FROM att WHERE module_kind = 'JOINT' GROUP BY person_id, joint_number
),
joint AS (
  SELECT person_id, array_agg(joint_number ORDER BY joint_number) AS numbers,
         count(*) FILTER (WHERE joint_number = ANY(${p.requiredJointNumbers}::int[])) AS required_met,
         max(at) FILTER (WHERE joint_number = ANY(${p.requiredJointNumbers}::int[])) AS required_at,
         (array_agg(at ORDER BY at))[greatest(${p.minJointModules}::int, 1)] AS nth_at
    FROM joint_first GROUP BY person_id
),
ahead AS (
  SELECT person_id,
         coalesce(sum(hours) FILTER (WHERE module_kind = 'NATIONAL'), 0) AS hours,
         coalesce(array_agg(DISTINCT joint_number) FILTER (WHERE module_kind = 'JOINT'), '{}') AS numbers
    FROM training WHERE booked_ahead GROUP BY person_id
),
sa AS (
  SELECT s.person_id, min(s.submitted_at) AS at
    FROM self_assessment s
    JOIN assessment_round r ON r.id = s.round_id
    JOIN pop ON pop.person_id = s.person_id
   WHERE ${p.selfAssessmentKind}::text IS NOT NULL AND r.edition_id = ${p.editionId} AND r.kind = ${p.selfAssessmentKind}::text
     AND r.module_number IS NOT DISTINCT FROM ${p.selfAssessmentModuleNumber}::int AND s.status = 'SUBMITTED'
   GROUP BY s.person_id
),
accepted AS (
  SELECT tm.person_id, s.assignment_id, mv.module_id, min(s.reviewed_at) AS at
    FROM assignment_submission s
    JOIN tandem_member tm ON tm.tandem_id = s.tandem_id
    JOIN pop ON pop.person_id = tm.person_id
    JOIN tandem_assignment a ON a.id = s.assignment_id
    JOIN module_version mv ON mv.id = a.module_version_id
    JOIN module m ON m.id = mv.module_id
   WHERE s.status = 'ACCEPTED' AND m.edition_id = ${p.editionId}
   GROUP BY tm.person_id, s.assignment_id, mv.module_id
),
required AS (
  SELECT pop.person_id, a.id AS assignment_id
    FROM pop
    JOIN module m ON m.edition_id = ${p.editionId} AND (m.kind = 'JOINT' OR m.country_code = pop.country_code)
    JOIN module_version mv ON mv.module_id = m.id
    JOIN tandem_assignment a ON a.module_version_id = mv.id
   WHERE ${p.assignmentsMode}::text = 'ALL'
  UNION ALL
  SELECT am.person_id, a.id
    FROM (SELECT DISTINCT person_id, module_id FROM att) am
    JOIN module_version mv ON mv.module_id = am.module_id
    JOIN tandem_assignment a ON a.module_version_id = mv.id
   WHERE ${p.assignmentsMode}::text = 'ATTENDED_MODULES'
),
accepted_by_person AS (
  SELECT person_id, count(*) AS accepted_any, (array_agg(at ORDER BY at))[greatest(${p.minAcceptedAssignments}::int, 1)] AS nth_at
    FROM accepted GROUP BY person_id
),
required_by_person AS (
  SELECT r.person_id, count(*) AS required, count(x.person_id) AS required_met, max(x.at) AS required_at
    FROM required r LEFT JOIN accepted x ON x.person_id = r.person_id AND x.assignment_id = r.assignment_id
   GROUP BY r.person_id
),
marks AS (
  SELECT person_id, min(ends_at) FILTER (WHERE attended) AS first_at,
         count(*) FILTER (WHERE marked) AS marked, count(*) FILTER (WHERE attended) AS present
    FROM training GROUP BY person_id
),
tandem_now AS (
  SELECT tm.person_id, min(t.activated_at) AS at
    FROM tandem_member tm JOIN tandem t ON t.id = tm.tandem_id
    JOIN pop ON pop.person_id = tm.person_id
   WHERE tm.edition_id = ${p.editionId} AND tm.tandem_status IN ('ACTIVE', 'COMPLETED')
   GROUP BY tm.person_id
),
facts AS (
  SELECT pop.*, coalesce(nat.hours, 0) AS national_hours, nat.reached_at AS hours_at,
         coalesce(joint.numbers, '{}') AS joint_attended, joint.required_met AS joint_required_met,
         joint.required_at, joint.nth_at AS joint_nth_at,
         sa.at AS sa_at, coalesce(abp.accepted_any, 0) AS accepted_any, abp.nth_at AS assign_nth_at,
         coalesce(rbp.required, 0) AS assign_required, coalesce(rbp.required_met, 0) AS assign_required_met,
         rbp.required_at AS assign_required_at, tandem_now.at AS tandem_at, mk.first_at AS first_attended_at,
         coalesce(mk.marked, 0) AS sessions_marked, coalesce(mk.present, 0) AS sessions_present,
         coalesce(ahead.hours, 0) AS hours_ahead, coalesce(ahead.numbers, '{}') AS joint_ahead
    FROM pop
    LEFT JOIN nat ON nat.person_id = pop.person_id
    LEFT JOIN joint ON joint.person_id = pop.person_id
    LEFT JOIN sa ON sa.person_id = pop.person_id
    LEFT JOIN accepted_by_person abp ON abp.person_id = pop.person_id
    LEFT JOIN required_by_person rbp ON rbp.person_id = pop.person_id
    LEFT JOIN marks mk ON mk.person_id = pop.person_id
    LEFT JOIN tandem_now ON tandem_now.person_id = pop.person_id
    LEFT JOIN ahead ON ahead.person_id = pop.person_id
),
judged AS (
  SELECT f.*,
         coalesce(f.joint_required_met, 0) = cardinality(${p.requiredJointNumbers}::int[]) AND cardinality(f.joint_attended) >= ${p.minJointModules}::int AS joint_ok,
         f.national_hours >= ${p.minNationalHours}::numeric AS hours_ok,
         (${p.selfAssessmentKind}::text IS NULL OR f.sa_at IS NOT NULL) AS sa_ok,
         CASE ${p.assignmentsMode}::text WHEN 'NONE' THEN true WHEN 'AT_LEAST' THEN f.accepted_any >= ${p.minAcceptedAssignments}::int
              ELSE f.assign_required_met = f.assign_required END AS assign_ok,
         -- the forecast: attendance conditions with the confirmed future bookings counted as attended
         (SELECT count(DISTINCT n) FROM unnest(f.joint_attended || f.joint_ahead) n WHERE n = ANY(${p.requiredJointNumbers}::int[])) = cardinality(${p.requiredJointNumbers}::int[])
           AND (SELECT count(DISTINCT n) FROM unnest(f.joint_attended || f.joint_ahead) n) >= ${p.minJointModules}::int
           AND f.national_hours + f.hours_ahead >= ${p.minNationalHours}::numeric AS attendance_ok_ahead
    FROM facts f
),
computed AS (
  SELECT j.person_id, j.sort_name, j.country_code, j.side, j.organisation_id, j.national_hours, j.joint_attended,
         j.sa_at IS NOT NULL AS self_assessment_done,
         (CASE ${p.assignmentsMode}::text WHEN 'AT_LEAST' THEN j.accepted_any WHEN 'NONE' THEN j.accepted_any ELSE j.assign_required_met END)::int AS assignments_accepted,
         (CASE ${p.assignmentsMode}::text WHEN 'AT_LEAST' THEN ${p.minAcceptedAssignments}::int WHEN 'NONE' THEN 0 ELSE j.assign_required END)::int AS assignments_required,
         j.first_attended_at, j.sessions_marked::int AS sessions_marked, j.sessions_present::int AS sessions_present,
         CASE WHEN j.withdrawn_at IS NOT NULL THEN 'WITHDRAWN'
              WHEN j.joint_ok AND j.hours_ok AND j.sa_ok AND j.assign_ok THEN 'TRAINED'
              WHEN j.first_attended_at IS NOT NULL THEN 'IN_TRAINING'
              WHEN j.tandem_at IS NOT NULL THEN 'IN_TANDEM'
              ELSE 'REGISTERED' END AS status,
         CASE WHEN j.withdrawn_at IS NULL AND j.joint_ok AND j.hours_ok AND j.sa_ok AND j.assign_ok THEN
           coalesce(greatest(
             CASE WHEN cardinality(${p.requiredJointNumbers}::int[]) > 0 THEN j.required_at END,
             CASE WHEN ${p.minJointModules}::int > 0 THEN j.joint_nth_at END,
             CASE WHEN ${p.minNationalHours}::numeric > 0 THEN j.hours_at END,
             j.sa_at,
             CASE ${p.assignmentsMode}::text WHEN 'AT_LEAST' THEN j.assign_nth_at WHEN 'NONE' THEN NULL ELSE j.assign_required_at END
           ), j.joined_at) END AS trained_at,
         j.withdrawn_at IS NULL AND NOT (j.joint_ok AND j.hours_ok AND j.sa_ok AND j.assign_ok)
           AND j.attendance_ok_ahead AS on_track,
         j.withdrawn_at, j.tandem_at, j.joined_at
    FROM judged j
)`;

/** Upserts the computed rows and appends a history row for every status that changed. */
export const refreshSql = (p: CompletionQuery): Sql => sql`
WITH ${computeCte(p)},
previous AS (
  SELECT cs.person_id, cs.status FROM completion_status cs JOIN computed c ON c.person_id = cs.person_id WHERE cs.edition_id = ${p.editionId}
),
history AS (
  INSERT INTO completion_status_change (edition_id, person_id, from_status, to_status, effective_at, rule_revision)
  SELECT ${p.editionId}, c.person_id, p.status, c.status,
         coalesce(CASE c.status WHEN 'TRAINED' THEN c.trained_at WHEN 'WITHDRAWN' THEN c.withdrawn_at
                               WHEN 'IN_TRAINING' THEN c.first_attended_at WHEN 'IN_TANDEM' THEN c.tandem_at
                               ELSE c.joined_at END, now()),
         ${p.revision}::int
    FROM computed c LEFT JOIN previous p ON p.person_id = c.person_id
   WHERE p.status IS DISTINCT FROM c.status
  RETURNING 1
),
upserted AS (
  INSERT INTO completion_status (edition_id, person_id, status, sort_name, country_code, side, organisation_id, national_hours, joint_attended,
                                 self_assessment_done, assignments_accepted, assignments_required, first_attended_at, trained_at,
                                 sessions_marked, sessions_present, on_track, rule_revision, computed_at)
  SELECT ${p.editionId}, person_id, status, sort_name, country_code, side, organisation_id, national_hours, joint_attended, self_assessment_done,
         assignments_accepted, assignments_required, first_attended_at, trained_at, sessions_marked, sessions_present,
         on_track, ${p.revision}::int, now()
    FROM computed
  ON CONFLICT (edition_id, person_id) DO UPDATE SET
    status = EXCLUDED.status, sort_name = EXCLUDED.sort_name, country_code = EXCLUDED.country_code, side = EXCLUDED.side, organisation_id = EXCLUDED.organisation_id,
    national_hours = EXCLUDED.national_hours, joint_attended = EXCLUDED.joint_attended,
    self_assessment_done = EXCLUDED.self_assessment_done, assignments_accepted = EXCLUDED.assignments_accepted,
    assignments_required = EXCLUDED.assignments_required, first_attended_at = EXCLUDED.first_attended_at,
    trained_at = EXCLUDED.trained_at, sessions_marked = EXCLUDED.sessions_marked,
    sessions_present = EXCLUDED.sessions_present, on_track = EXCLUDED.on_track, rule_revision = EXCLUDED.rule_revision,
    computed_at = EXCLUDED.computed_at
  -- rows whose facts did not change are left alone: no dead tuples, and the table stays index-only friendly
  WHERE (completion_status.status, completion_status.sort_name, completion_status.country_code, completion_status.side, completion_status.organisation_id,
         completion_status.national_hours, completion_status.joint_attended, completion_status.self_assessment_done,
         completion_status.assignments_accepted, completion_status.assignments_required, completion_status.first_attended_at,
         completion_status.trained_at, completion_status.sessions_marked, completion_status.sessions_present,
         completion_status.on_track, completion_status.rule_revision)
        IS DISTINCT FROM
        (EXCLUDED.status, EXCLUDED.sort_name, EXCLUDED.country_code, EXCLUDED.side, EXCLUDED.organisation_id, EXCLUDED.national_hours,
         EXCLUDED.joint_attended, EXCLUDED.self_assessment_done, EXCLUDED.assignments_accepted, EXCLUDED.assignments_required,
         EXCLUDED.first_attended_at, EXCLUDED.trained_at, EXCLUDED.sessions_marked, EXCLUDED.sessions_present,
         EXCLUDED.on_track, EXCLUDED.rule_revision)
  RETURNING 1
)
SELECT (SELECT count(*) FROM computed)::int AS people, (SELECT count(*) FROM upserted)::int AS updated,
       (SELECT count(*) FROM history)::int AS changes`;

/** What the computation reads besides the facts: the edition, the people (null: everyone) and the rule. */
export interface CompletionQuery {
  editionId: string;
  personIds: string[] | null;
  requiredJointNumbers: number[];
  minJointModules: number;
  minNationalHours: string;
  selfAssessmentKind: string | null;
  selfAssessmentModuleNumber: number | null;
  assignmentsMode: string;
  minAcceptedAssignments: number;
  revision: number;
}

export function completionQuery(editionId: string, personIds: string[] | null, rule: CompletionRule): CompletionQuery {
  return {
    editionId,
    personIds,
    requiredJointNumbers: rule.requiredJointNumbers,
    minJointModules: rule.minJointModules,
    minNationalHours: rule.minNationalHours,
    selfAssessmentKind: rule.selfAssessmentKind,
    selfAssessmentModuleNumber: rule.selfAssessmentModuleNumber,
    assignmentsMode: rule.assignmentsMode,
    minAcceptedAssignments: rule.minAcceptedAssignments,
    revision: rule.revision,
  };
}

/** One tutor's facts and status computed live (nothing written): the progress page. */
export const progressSql = (p: CompletionQuery): Sql => sql`
WITH ${computeCte(p)}
SELECT c.person_id, c.status, c.trained_at, c.on_track, c.national_hours::float AS national_hours, c.joint_attended,
       c.self_assessment_done, c.assignments_accepted, c.assignments_required,
       j.hours_ahead::float AS hours_ahead, j.joint_ahead, now() AS computed_at
  FROM computed c JOIN judged j ON j.person_id = c.person_id`;

/**
 * Rebuilds the cockpit's tallies from completion_status: for the whole edition, or only the
 * organisations of the given people after a one-person refresh.
 */
const tallyOrgs = (editionId: string, personIds: string[] | null): Sql =>
  sql`(${personIds}::uuid[] IS NULL OR organisation_id IN (SELECT organisation_id FROM completion_status WHERE edition_id = ${editionId} AND person_id = ANY(${personIds}::uuid[])))`;
export const tallySql = (editionId: string, personIds: string[] | null): Sql[] => [
  sql`DELETE FROM completion_tally WHERE edition_id = ${editionId} AND ${tallyOrgs(editionId, personIds)}`,
  sql`INSERT INTO completion_tally (edition_id, organisation_id, side, status, on_track, country_code, tutors, sessions_marked, sessions_present)
   SELECT edition_id, organisation_id, side, status, on_track, min(country_code), count(*), sum(sessions_marked), sum(sessions_present)
     FROM completion_status WHERE edition_id = ${editionId} AND ${tallyOrgs(editionId, personIds)}
    GROUP BY edition_id, organisation_id, side, status, on_track`,
  sql`DELETE FROM completion_trained_day WHERE edition_id = ${editionId} AND ${tallyOrgs(editionId, personIds)}`,
  sql`INSERT INTO completion_trained_day (edition_id, organisation_id, side, day, country_code, tutors)
   SELECT edition_id, organisation_id, side, (trained_at AT TIME ZONE 'UTC')::date, min(country_code), count(*)
     FROM completion_status WHERE edition_id = ${editionId} AND status = 'TRAINED' AND ${tallyOrgs(editionId, personIds)}
    GROUP BY edition_id, organisation_id, side, (trained_at AT TIME ZONE 'UTC')::date`,
];

/**
 * A digest of every fact the computation reads, for the edition: per table the row count and a sum
 * of hashes of the columns that matter (ids, statuses, hours, dates), so an UPDATE that changes a
 * status is seen as well as an INSERT or DELETE. Aggregates only; when it has not moved, nothing
 * the status depends on has either.
 */
export const factsFingerprintSql = (editionId: string): Sql => sql`
SELECT concat_ws('|',
  (SELECT count(*) || ':' || coalesce(sum(hashtext(s.id::text || s.status || s.hours::text || s.ends_at::text)::bigint), 0)
     FROM training_session s WHERE s.edition_id = ${editionId}),
  (SELECT count(*) || ':' || coalesce(sum(hashtext(e.id::text || e.status)::bigint), 0)
     FROM enrolment e JOIN training_session s ON s.id = e.session_id WHERE s.edition_id = ${editionId}),
  (SELECT count(*) || ':' || coalesce(sum(hashtext(a.session_id::text || a.person_id::text || a.status)::bigint), 0)
     FROM attendance a JOIN training_session s ON s.id = a.session_id WHERE s.edition_id = ${editionId}),
  (SELECT count(*) || ':' || coalesce(sum(hashtext(x.id::text || x.status)::bigint), 0)
     FROM self_assessment x JOIN assessment_round r ON r.id = x.round_id WHERE r.edition_id = ${editionId}),
  (SELECT count(*) || ':' || coalesce(sum(hashtext(id::text || status)::bigint), 0) FROM assignment_submission),
  (SELECT count(*) || ':' || coalesce(sum(hashtext(id::text || module_version_id::text)::bigint), 0) FROM tandem_assignment),
  (SELECT count(*) || ':' || coalesce(sum(hashtext(t.id::text || t.status)::bigint), 0) FROM tandem t WHERE t.edition_id = ${editionId}),
  (SELECT count(*) || ':' || coalesce(sum(hashtext(person_id::text)::bigint), 0) FROM tutor_participation WHERE edition_id = ${editionId}),
  (SELECT count(*) || ':' || coalesce(max(withdrawn_at)::text, '') FROM participation_withdrawal WHERE edition_id = ${editionId}),
  (SELECT coalesce(max(updated_at)::text, '') FROM tutor_profile),
  (SELECT coalesce(max(updated_at)::text, '') FROM person),
  (SELECT revision::text FROM completion_rule WHERE edition_id = ${editionId})
) AS fingerprint`;
