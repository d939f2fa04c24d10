/**
 * Every column that references `person`, and what of its row goes into the person's data export
 * (all columns but secrets). A test reads the foreign keys from information_schema and fails when a
 * new one is missing here: a table that refers to a person is in their export the day it is added.
 */
export interface PersonReference {
  table: string;
  column: string;
  /** Columns left out of the copy (hashes of secrets, storage internals). */
  omit?: readonly string[];
}

const SECRETS = ['token_hash'] as const;

export const PERSON_REFERENCES: readonly PersonReference[] = [
  { table: 'account_token', column: 'person_id', omit: SECRETS },
  { table: 'account_token', column: 'created_by_id', omit: SECRETS },
  { table: 'assignment_submission', column: 'last_edited_by_id' },
  { table: 'assignment_submission', column: 'reviewed_by_id' },
  { table: 'attendance', column: 'person_id' },
  { table: 'attendance', column: 'marked_by_id' },
  { table: 'calendar_feed', column: 'person_id', omit: SECRETS },
  { table: 'calendar_sequence', column: 'person_id' },
  { table: 'certificate', column: 'person_id' },
  { table: 'certificate', column: 'issued_by_id' },
  { table: 'certificate', column: 'revoked_by_id' },
  { table: 'certificate_settings', column: 'updated_by_id' },
  { table: 'completion_rule', column: 'updated_by_id' },
  { table: 'completion_status', column: 'person_id' },
  { table: 'completion_status_change', column: 'person_id' },
  { table: 'consent_event', column: 'person_id' },
  { table: 'data_export', column: 'person_id', omit: ['content'] },
  { table: 'enrolment', column: 'booked_by_id' },
  { table: 'erasure_request', column: 'person_id' },
  { table: 'erasure_request', column: 'decided_by_id' },
  { table: 'enrolment', column: 'cancelled_by_id' },
  { table: 'enrolment_person', column: 'person_id' },
  { table: 'import_job', column: 'created_by_id' },
  { table: 'module_version', column: 'created_by_id' },
  { table: 'national_programme', column: 'created_by_id' },
  { table: 'national_programme', column: 'decided_by_id' },
  { table: 'national_programme', column: 'submitted_by_id' },
  { table: 'network_application', column: 'decided_by_id' },
  { table: 'notification', column: 'recipient_person_id' },
  { table: 'outbox_message', column: 'recipient_person_id' },
  { table: 'participation_withdrawal', column: 'withdrawn_by_id' },
  { table: 'person_consent', column: 'person_id' },
  { table: 'role_grant', column: 'person_id' },
  { table: 'self_assessment', column: 'person_id' },
  { table: 'session', column: 'person_id', omit: SECRETS },
  { table: 'session_trainer', column: 'person_id' },
  { table: 'stored_file', column: 'uploaded_by_id', omit: ['storage_key'] },
  { table: 'tandem', column: 'school_tutor_id' },
  { table: 'tandem', column: 'company_tutor_id' },
  { table: 'tandem', column: 'formed_by_id' },
  { table: 'tandem', column: 'dissolved_by_id' },
  { table: 'tandem_assignment', column: 'created_by_id' },
  { table: 'target', column: 'updated_by_id' },
  { table: 'training_session', column: 'created_by_id' },
  { table: 'tutor_profile', column: 'person_id' },
  // Surveys (issue 14): one's own respondent, reminder and (named mode) response rows.
  // Toolbox (issue 18): proposals, reviews, study visits and mobilities.
  { table: 'glossary_entry', column: 'proposed_by_id' },
  { table: 'glossary_term', column: 'created_by_id' },
  { table: 'host_offer', column: 'created_by_id' },
  { table: 'host_offer_request', column: 'requested_by_id' },
  { table: 'host_offer_request', column: 'decided_by_id' },
  { table: 'mobility', column: 'person_id' },
  { table: 'mobility', column: 'recorded_by_id' },
  { table: 'resource', column: 'proposed_by_id' },
  { table: 'resource', column: 'reviewed_by_id' },
  { table: 'resource_version', column: 'created_by_id' },
  { table: 'study_visit_participant', column: 'person_id' },
  { table: 'survey_draft', column: 'person_id' },
  { table: 'survey_invitation', column: 'invited_by_id', omit: SECRETS },
  { table: 'survey_reminder', column: 'person_id' },
  { table: 'survey_respondent', column: 'person_id' },
  { table: 'survey_response_link', column: 'person_id' },
  // Evidence (issue 15): findings written, evidence cited, comments on drafts, checks of actions.
  { table: 'finding', column: 'created_by_id' },
  { table: 'finding_citation', column: 'cited_by_id' },
  { table: 'finding_comment', column: 'author_id' },
  { table: 'improvement_action', column: 'checked_by_id' },
  // Policy recommendations (issue 15): recommendations written, figures cited, consultation comments.
  { table: 'policy_recommendation', column: 'created_by_id' },
  { table: 'policy_recommendation_citation', column: 'cited_by_id' },
  { table: 'policy_recommendation_comment', column: 'author_id' },
  // Peer reviews (issue 15): a trained peer's entry in the pool, the interview notes and recommendations written.
  { table: 'peer_reviewer', column: 'person_id' },
  { table: 'peer_review_interview', column: 'author_id' },
  { table: 'peer_review_recommendation', column: 'author_id' },
];
