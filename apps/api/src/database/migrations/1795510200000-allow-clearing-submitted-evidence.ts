import type { MigrationInterface, QueryRunner } from 'typeorm';

const GUARD = (allowClearing: boolean) => `
  CREATE OR REPLACE FUNCTION rating_of_draft_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    ${
      allowClearing
        ? `-- Erasure and retention (issue 17) may empty the evidence note of a submitted rating, nothing else.
    IF TG_OP = 'UPDATE' AND NEW.evidence IS NULL AND NEW.level = OLD.level AND NEW.competence_id = OLD.competence_id
       AND NEW.self_assessment_id = OLD.self_assessment_id AND NEW.profile_version_id = OLD.profile_version_id THEN
      RETURN NEW;
    END IF;`
        : ''
    }
    IF EXISTS (SELECT 1 FROM self_assessment WHERE id = NEW.self_assessment_id AND status = 'SUBMITTED') THEN
      RAISE EXCEPTION 'self-assessment % is submitted: its ratings are read-only', NEW.self_assessment_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END $$`;

/** Submitted ratings stay read-only, except that their evidence notes may be deleted (erasure, retention). */
export class AllowClearingSubmittedEvidence1795510200000 implements MigrationInterface {
  name = 'AllowClearingSubmittedEvidence1795510200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(GUARD(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(GUARD(false));
  }
}
