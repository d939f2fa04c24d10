import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AccessFactsSql } from '../../access-facts/access-facts.sql';
import { execute, maybeOne, rows, sql } from '../../database/sql';
import { AssessmentRound } from './assessment-round.entity';
import { Rating } from './rating.entity';
import { SelfAssessment } from './self-assessment.entity';

export interface RatingChange {
  competenceId: string;
  level: number;
  /** Undefined keeps the stored note; '' clears it. */
  evidence?: string | null;
}

/** One cell of the aggregates: competence × country × side (null: all), with the change from the baseline. */
export interface InsightRow {
  code: string;
  country: string | null;
  side: string | null;
  n: number;
  total: number;
  paired: number;
  change: number | null;
}

export interface ResearchRatingRow {
  person_id: string;
  country: string;
  side: string;
  kind: string;
  module_number: number | null;
  version: number;
  code: string;
  level: number;
}

/** Assessment rounds, self-assessments and their ratings, and the aggregates and exports over them. */
@Injectable()
export class SelfAssessmentsRepository {
  rounds(db: EntityManager, ids: readonly string[]): Promise<AssessmentRound[]> {
    return db.getRepository(AssessmentRound).findBy({ id: In([...new Set(ids)]) });
  }

  roundsOfEdition(db: EntityManager, editionId: string): Promise<AssessmentRound[]> {
    return db.getRepository(AssessmentRound).findBy({ editionId });
  }

  round(db: EntityManager, id: string): Promise<AssessmentRound | null> {
    return db.getRepository(AssessmentRound).findOneBy({ id });
  }

  /** Inserts a round; a second round of the same kind (and module) fails with the unique violation. */
  async insertRound(
    db: EntityManager,
    values: Pick<AssessmentRound, 'editionId' | 'kind' | 'moduleNumber' | 'opensAt' | 'closesAt' | 'profileVersionId'>,
  ): Promise<string> {
    const inserted = await db.insert(AssessmentRound, values);
    return inserted.identifiers[0]['id'] as string;
  }

  async moveRound(db: EntityManager, id: string, window: { opensAt: Date; closesAt: Date }): Promise<void> {
    await db.update(AssessmentRound, { id }, window);
  }

  find(db: EntityManager, id: string): Promise<SelfAssessment | null> {
    return db.getRepository(SelfAssessment).findOneBy({ id });
  }

  lock(db: EntityManager, id: string): Promise<SelfAssessment | null> {
    return db.getRepository(SelfAssessment).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The person's self-assessments in the rounds of the edition. */
  ofPersonInEdition(db: EntityManager, personId: string, editionId: string): Promise<SelfAssessment[]> {
    return db
      .getRepository(SelfAssessment)
      .createQueryBuilder('s')
      .innerJoin(AssessmentRound, 'r', 'r.id = s.round_id')
      .where('s.person_id = :person AND r.edition_id = :edition', { person: personId, edition: editionId })
      .getMany();
  }

  /** SUBMITTED self-assessments of these people (in one round, when given). */
  submittedOf(db: EntityManager, personIds: readonly string[], roundId?: string): Promise<SelfAssessment[]> {
    return db.getRepository(SelfAssessment).find({
      where: { personId: In([...personIds]), status: 'SUBMITTED', ...(roundId ? { roundId } : {}) },
    });
  }

  ratings(db: EntityManager, selfAssessmentIds: readonly string[]): Promise<Rating[]> {
    return db.getRepository(Rating).findBy({ selfAssessmentId: In([...selfAssessmentIds]) });
  }

  async ratedCompetences(db: EntityManager, selfAssessmentId: string): Promise<Set<string>> {
    const found = await db.getRepository(Rating).find({ where: { selfAssessmentId }, select: { competenceId: true } });
    return new Set(found.map((r) => r.competenceId));
  }

  async takesPart(db: EntityManager, editionId: string, personId: string): Promise<boolean> {
    return !!(await maybeOne(
      db,
      sql`SELECT 1 FROM tutor_participation WHERE edition_id = ${editionId} AND person_id = ${personId}`,
    ));
  }

  /**
   * The person's self-assessment of the round, created when missing and locked: two first saves at
   * once end up on the same row.
   */
  async lockOrCreate(db: EntityManager, round: AssessmentRound, personId: string): Promise<SelfAssessment> {
    await execute(
      db,
      sql`INSERT INTO self_assessment (round_id, profile_version_id, person_id)
          VALUES (${round.id}, ${round.profileVersionId}, ${personId}) ON CONFLICT (round_id, person_id) DO NOTHING`,
    );
    return db.getRepository(SelfAssessment).findOneOrFail({
      where: { roundId: round.id, personId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async removeRatings(db: EntityManager, selfAssessmentId: string, competenceIds: readonly string[]): Promise<void> {
    if (competenceIds.length)
      await db.getRepository(Rating).delete({ selfAssessmentId, competenceId: In([...competenceIds]) });
  }

  /** Sets the levels (one statement); an omitted evidence note keeps the stored one, '' clears it. */
  async upsertRatings(db: EntityManager, item: SelfAssessment, changes: readonly RatingChange[]): Promise<void> {
    if (!changes.length) return;
    const competences = changes.map((r) => r.competenceId);
    const given = changes.map((r) => r.evidence !== undefined);
    await execute(
      db,
      sql`INSERT INTO rating (self_assessment_id, profile_version_id, competence_id, level, evidence)
          SELECT ${item.id}, ${item.profileVersionId}, c, l, NULLIF(trim(e), '')
            FROM unnest(${competences}::uuid[], ${changes.map((r) => r.level)}::int[],
                        ${changes.map((r) => r.evidence ?? null)}::text[], ${given}::bool[]) AS x(c, l, e, given)
          ON CONFLICT (self_assessment_id, competence_id) DO UPDATE
            SET level = EXCLUDED.level,
                evidence = CASE WHEN (SELECT given FROM unnest(${competences}::uuid[], ${given}::bool[]) AS y(c, given)
                                       WHERE y.c = EXCLUDED.competence_id)
                                THEN EXCLUDED.evidence ELSE rating.evidence END`,
    );
  }

  async update(
    db: EntityManager,
    id: string,
    changes: { sharedWithPartner?: boolean; updatedAt?: Date; submit?: true },
  ): Promise<void> {
    const { submit, ...rest } = changes;
    await db.update(
      SelfAssessment,
      { id },
      submit ? { ...rest, status: 'SUBMITTED', submittedAt: () => 'now()' } : rest,
    );
  }

  /** Every cell of every competence (all countries) of a round, with the change from the edition's baseline. */
  insightRows(db: EntityManager, roundId: string, editionId: string): Promise<InsightRow[]> {
    return rows<InsightRow>(
      db,
      sql`WITH people AS (
            SELECT s.id, s.person_id, h.country_code AS country, h.side
              FROM self_assessment s JOIN ${AccessFactsSql.tutorHomes} h ON h.person_id = s.person_id
             WHERE s.round_id = ${roundId} AND s.status = 'SUBMITTED'),
          base AS (
            SELECT s.person_id, c.code, r.level FROM assessment_round ar
              JOIN self_assessment s ON s.round_id = ar.id AND s.status = 'SUBMITTED'
              JOIN rating r ON r.self_assessment_id = s.id JOIN competence c ON c.id = r.competence_id
             WHERE ar.edition_id = ${editionId} AND ar.kind = 'BASELINE' AND ar.id <> ${roundId})
          SELECT c.code, CASE WHEN GROUPING(p.country) = 0 THEN p.country END AS country,
                 CASE WHEN GROUPING(p.side) = 0 THEN p.side END AS side,
                 count(*)::int AS n, sum(r.level)::float AS total, count(b.level)::int AS paired,
                 sum(r.level - b.level)::float AS change
            FROM people p JOIN rating r ON r.self_assessment_id = p.id JOIN competence c ON c.id = r.competence_id
            LEFT JOIN base b ON b.person_id = p.person_id AND b.code = c.code
           GROUP BY c.code, GROUPING SETS ((p.country, p.side), (p.country), (p.side), ())`,
    );
  }

  /** Submitted ratings of the edition's tutors who gave research consent, with country and side only. */
  researchRatings(db: EntityManager, editionId: string): Promise<ResearchRatingRow[]> {
    return rows<ResearchRatingRow>(
      db,
      sql`SELECT s.person_id, h.country_code AS country, h.side, r.kind, r.module_number, p.version, c.code, x.level
            FROM self_assessment s
            JOIN person_consent pc ON pc.person_id = s.person_id AND pc.purpose = 'RESEARCH' AND pc.granted
            JOIN assessment_round r ON r.id = s.round_id AND r.edition_id = ${editionId}
            JOIN competence_profile p ON p.id = s.profile_version_id
            JOIN ${AccessFactsSql.tutorHomes} h ON h.person_id = s.person_id
            JOIN rating x ON x.self_assessment_id = s.id JOIN competence c ON c.id = x.competence_id
           WHERE s.status = 'SUBMITTED'
           ORDER BY 1, r.opens_at, c.code`,
    );
  }
}
