import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Submitted once, then read-only" held by the database too: the service refuses under a row lock,
 * these triggers refuse any other writer. Ratings of a SUBMITTED self-assessment cannot be added or
 * changed (deleting stays possible: erasing a person cascades), and a SUBMITTED self-assessment
 * cannot go back to DRAFT or move to another round, person or submission time. The owner's sharing
 * choice may still change.
 */
export class GuardSubmittedSelfAssessments1795428020000 implements MigrationInterface {
  name = 'GuardSubmittedSelfAssessments1795428020000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION rating_of_draft_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM self_assessment WHERE id = NEW.self_assessment_id AND status = 'SUBMITTED') THEN
          RAISE EXCEPTION 'self-assessment % is submitted: its ratings are read-only', NEW.self_assessment_id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER tr_rating_of_draft_only BEFORE INSERT OR UPDATE ON rating FOR EACH ROW EXECUTE FUNCTION rating_of_draft_only()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION self_assessment_submitted_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'SUBMITTED' AND (NEW.status <> 'SUBMITTED' OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at
            OR NEW.round_id <> OLD.round_id OR NEW.person_id <> OLD.person_id OR NEW.profile_version_id <> OLD.profile_version_id) THEN
          RAISE EXCEPTION 'self-assessment % is submitted: it cannot change', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER tr_self_assessment_submitted_once BEFORE UPDATE ON self_assessment FOR EACH ROW EXECUTE FUNCTION self_assessment_submitted_once()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_self_assessment_submitted_once ON self_assessment`);
    await queryRunner.query(`DROP FUNCTION self_assessment_submitted_once()`);
    await queryRunner.query(`DROP TRIGGER tr_rating_of_draft_only ON rating`);
    await queryRunner.query(`DROP FUNCTION rating_of_draft_only()`);
  }
}
