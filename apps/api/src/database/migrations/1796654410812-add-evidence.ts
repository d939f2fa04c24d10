import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * From evidence to change (issue 15): interim analyses of the interim-analysis phases, findings with
 * their cited evidence (frozen snapshots, groups of 5 or more, quotes from 10 or more) and comments,
 * improvement actions (DONE links one module version; CHECKED has a note and a before/after figure).
 */
export class AddEvidence1796654410812 implements MigrationInterface {
  name = 'AddEvidence1796654410812';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "interim_analysis" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "edition_id" uuid NOT NULL,
                "phase_id" uuid NOT NULL,
                "title" text NOT NULL,
                "period_start" date NOT NULL,
                "period_end" date NOT NULL,
                "status" text NOT NULL DEFAULT 'DRAFT',
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_interim_analysis_published" CHECK (
                    status = 'DRAFT'
                    OR published_at IS NOT NULL
                ),
                CONSTRAINT "ck_interim_analysis_period" CHECK (period_end >= period_start),
                CONSTRAINT "ck_interim_analysis_status" CHECK (status IN ('DRAFT', 'PUBLISHED')),
                CONSTRAINT "PK_eb784e8e8cc9f9c28996362f46e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_interim_analysis_phase" ON "interim_analysis" ("phase_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "finding" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "analysis_id" uuid NOT NULL,
                "edition_id" uuid NOT NULL,
                "statement" text NOT NULL,
                "language" text NOT NULL DEFAULT 'en',
                "priority" text NOT NULL DEFAULT 'MEDIUM',
                "module_ids" uuid array NOT NULL DEFAULT '{}',
                "country_codes" text array NOT NULL DEFAULT '{}',
                "status" text NOT NULL DEFAULT 'DRAFT',
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "lock_version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "ck_finding_published" CHECK (
                    status = 'DRAFT'
                    OR published_at IS NOT NULL
                ),
                CONSTRAINT "ck_finding_statement" CHECK (length(trim(statement)) > 0),
                CONSTRAINT "ck_finding_priority" CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
                CONSTRAINT "ck_finding_status" CHECK (status IN ('DRAFT', 'PUBLISHED')),
                CONSTRAINT "PK_a904dfcf401ccfbaa60bb6eec29" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_finding_edition_status" ON "finding" ("edition_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_finding_analysis" ON "finding" ("analysis_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "finding_citation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "finding_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "source" jsonb NOT NULL,
                "snapshot" jsonb NOT NULL,
                "cited_by_id" uuid,
                "cited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_finding_citation_quote" CHECK (
                    kind <> 'QUOTE'
                    OR (snapshot->>'groupSize')::int >= 10
                ),
                CONSTRAINT "ck_finding_citation_group" CHECK ((snapshot->>'groupSize')::int >= 5),
                CONSTRAINT "ck_finding_citation_kind" CHECK (
                    kind IN (
                        'SURVEY_RESULT',
                        'COMPETENCE_AGGREGATE',
                        'FIGURE',
                        'QUOTE'
                    )
                ),
                CONSTRAINT "PK_1c64d04198594eefaf21ca28374" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_finding_citation_finding" ON "finding_citation" ("finding_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "finding_comment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "finding_id" uuid NOT NULL,
                "author_id" uuid,
                "text" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_finding_comment_text" CHECK (length(trim(text)) > 0),
                CONSTRAINT "PK_acfe99f2cf14c34ad78276bb15e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_finding_comment_finding" ON "finding_comment" ("finding_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "improvement_action" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "edition_id" uuid NOT NULL,
                "change" text NOT NULL,
                "owner" text NOT NULL,
                "due_on" date,
                "status" text NOT NULL DEFAULT 'PROPOSED',
                "module_id" uuid NOT NULL,
                "module_version_id" uuid,
                "check_note" text,
                "check_before" jsonb,
                "check_after" jsonb,
                "checked_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "lock_version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "ck_improvement_action_checked" CHECK (
                    status <> 'CHECKED'
                    OR (
                        length(trim(check_note)) > 0
                        AND check_before IS NOT NULL
                        AND check_after IS NOT NULL
                    )
                ),
                CONSTRAINT "ck_improvement_action_done" CHECK (
                    status IN ('PROPOSED', 'AGREED')
                    OR module_version_id IS NOT NULL
                ),
                CONSTRAINT "ck_improvement_action_change" CHECK (length(trim(change)) > 0),
                CONSTRAINT "ck_improvement_action_status" CHECK (status IN ('PROPOSED', 'AGREED', 'DONE', 'CHECKED')),
                CONSTRAINT "PK_c026a6b0f50978b82d02ad9f9d7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_improvement_action_edition" ON "improvement_action" ("edition_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "improvement_action_finding" (
                "action_id" uuid NOT NULL,
                "finding_id" uuid NOT NULL,
                CONSTRAINT "PK_e67c51b62feab5756ca402e5ac0" PRIMARY KEY ("action_id", "finding_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_improvement_action_finding_finding" ON "improvement_action_finding" ("finding_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "interim_analysis"
            ADD CONSTRAINT "FK_d103f40767e292faea627a920b4" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interim_analysis"
            ADD CONSTRAINT "FK_e8c4e111e178145118fa7122de1" FOREIGN KEY ("phase_id") REFERENCES "cycle_phase"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "finding"
            ADD CONSTRAINT "FK_4ddda87ba124999e7ba599a88f6" FOREIGN KEY ("analysis_id") REFERENCES "interim_analysis"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "finding"
            ADD CONSTRAINT "FK_1c8a187db269effd3515e9d597c" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "finding"
            ADD CONSTRAINT "FK_fb6da0f22219233ea79e6ec41ed" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "finding_citation"
            ADD CONSTRAINT "FK_8ef6ba367b261fe9a5b76329258" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "finding_citation"
            ADD CONSTRAINT "FK_99c15844d7f86e0168dd2465436" FOREIGN KEY ("cited_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "finding_comment"
            ADD CONSTRAINT "FK_33eb808b55f862d1928d8d192c0" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "finding_comment"
            ADD CONSTRAINT "FK_0382b50317b99221c169485f443" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "improvement_action"
            ADD CONSTRAINT "FK_eb44955001bb5adf3f3722acf08" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "improvement_action"
            ADD CONSTRAINT "FK_3b62e752f4c556713c1aae4bf6f" FOREIGN KEY ("module_id") REFERENCES "module"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "improvement_action"
            ADD CONSTRAINT "FK_92886b498c0d8a29b1c2c60bb04" FOREIGN KEY ("module_version_id") REFERENCES "module_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "improvement_action"
            ADD CONSTRAINT "FK_e0caa2e9e25b8f4ec4e12ac270d" FOREIGN KEY ("checked_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "improvement_action_finding"
            ADD CONSTRAINT "FK_3954264ec72f90b52c915bd1e76" FOREIGN KEY ("action_id") REFERENCES "improvement_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "improvement_action_finding"
            ADD CONSTRAINT "FK_9568094e30acfab71123b7c2892" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping the tables (children first) drops their indexes and foreign keys too.
    for (const table of [
      'improvement_action_finding',
      'improvement_action',
      'finding_comment',
      'finding_citation',
      'finding',
      'interim_analysis',
    ])
      await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
