import { CONSENT_TEXT_VERSION } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';

/** A tutor of the cohort who has not answered the consent questions yet: the privacy journey's own account. */
export const DEMO_PRIVACY_TUTOR = 'tutor.privacy.lt@tandem.example';

/**
 * Inside the demo loader's transaction, in three statements: every demo person but one has answered
 * the consent questions (so the other journeys are not stopped by the consent page), each decision
 * with its history; a Lithuanian tutor of the cohort becomes the demo account
 * Rūta Petraitienė, who is asked at her next sign-in.
 */
export async function loadDemoPrivacy(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE person SET email = $1, given_name = 'Rūta', family_name = 'Petraitienė', preferred_language = 'lt',
            time_zone = 'Europe/Vilnius'
      WHERE email = 'cohort.lt.002@tandem.example'`,
    [DEMO_PRIVACY_TUTOR],
  );
  // Partner suggestions, rosters and reminders given; study-visit media refused; research as answered
  // when invited (demo-competences.ts), else refused.
  await manager.query(
    `INSERT INTO person_consent (person_id, purpose, granted, text_version, changed_at)
     SELECT p.id, u.purpose, u.purpose NOT IN ('STUDY_VISIT_MEDIA', 'RESEARCH'), $2, p.created_at
       FROM person p CROSS JOIN unnest(ARRAY['RESEARCH','PARTNER_SUGGESTIONS','ROSTER_NAME','STUDY_VISIT_MEDIA','EMAIL_REMINDERS']) AS u(purpose)
      WHERE p.email <> $1
     ON CONFLICT DO NOTHING`,
    [DEMO_PRIVACY_TUTOR, CONSENT_TEXT_VERSION],
  );
  await manager.query(`DELETE FROM person_consent c USING person p WHERE p.id = c.person_id AND p.email = $1`, [
    DEMO_PRIVACY_TUTOR,
  ]);
  await manager.query(
    `INSERT INTO consent_event (person_id, purpose, granted, text_version, changed_at)
     SELECT person_id, purpose, granted, text_version, changed_at FROM person_consent`,
  );
}
