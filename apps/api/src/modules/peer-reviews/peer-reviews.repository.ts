import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PeerReviewStage } from '@tandem/shared-domain';
import { DataSource, type EntityManager } from 'typeorm';
import { execute, maybeOne, one, rows, sql } from '../../database/sql';

export interface PeerReviewRow {
  id: string;
  edition_id: string;
  national_programme_id: string;
  national_programme_revision: number;
  country_code: string;
  stage: PeerReviewStage;
  visit_starts_on: string | null;
  visit_ends_on: string | null;
  report_due_on: string | null;
  country_comments: string | null;
  lock_version: number;
  peer_ids: string[];
}

export interface PeerRow {
  review_id: string;
  person_id: string;
  name: string;
  country_code: string;
  trained_on: string;
}

export interface AreaRow {
  review_id: string;
  area_code: string;
  text: string;
}

export interface InterviewRow {
  id: string;
  review_id: string;
  interviewee: string;
  held_on: string;
  notes: string;
  author_name: string | null;
  created_at: Date;
}

export interface RecommendationRow {
  id: string;
  review_id: string;
  area_code: string;
  text: string;
  author_name: string | null;
  created_at: Date;
  improvement_action_id: string | null;
  action_status: string | null;
}

const REVIEW = sql`SELECT r.id, r.edition_id, r.national_programme_id, np.revision AS national_programme_revision,
       r.country_code::text AS country_code, r.stage, r.visit_starts_on::text AS visit_starts_on,
       r.visit_ends_on::text AS visit_ends_on, r.report_due_on::text AS report_due_on, r.country_comments, r.lock_version,
       coalesce((SELECT array_agg(p.person_id::text ORDER BY p.person_id) FROM peer_review_peer p WHERE p.review_id = r.id), '{}') AS peer_ids
  FROM peer_review r JOIN national_programme np ON np.id = r.national_programme_id`;

const NAME = sql.raw(`p.given_name || ' ' || p.family_name`);

/** Peer reviews, the pool of trained peers, the assignments, self-report, interviews and recommendations: all their SQL. */
@Injectable()
export class PeerReviewsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  reviews(db: EntityManager, editionId: string): Promise<PeerReviewRow[]> {
    return rows<PeerReviewRow>(db, sql`${REVIEW} WHERE r.edition_id = ${editionId} ORDER BY r.country_code`);
  }

  review(db: EntityManager, id: string, lock = false): Promise<PeerReviewRow | null> {
    return maybeOne<PeerReviewRow>(db, sql`${REVIEW} WHERE r.id = ${id} ${lock ? sql`FOR UPDATE OF r` : sql.empty}`);
  }

  /** The country's programme to review: the revision in force, else the newest one. */
  programme(db: EntityManager, editionId: string, countryCode: string) {
    return maybeOne<{ id: string }>(
      db,
      sql`SELECT id FROM national_programme WHERE edition_id = ${editionId} AND country_code = ${countryCode}
           ORDER BY (status = 'APPROVED' AND superseded_at IS NULL) DESC, revision DESC LIMIT 1`,
    );
  }

  async insertReview(
    db: EntityManager,
    v: { editionId: string; programmeId: string; countryCode: string; reportDueOn: string | null },
  ): Promise<string | null> {
    const row = await maybeOne<{ id: string }>(
      db,
      sql`INSERT INTO peer_review (edition_id, national_programme_id, country_code, report_due_on)
          VALUES (${v.editionId}, ${v.programmeId}, ${v.countryCode}, ${v.reportDueOn})
          ON CONFLICT (edition_id, country_code) DO NOTHING RETURNING id`,
    );
    return row?.id ?? null;
  }

  /** Every change of the review's own row moves its lock version on. */
  update(
    db: EntityManager,
    id: string,
    v: Partial<{
      stage: PeerReviewStage;
      visitStartsOn: string;
      visitEndsOn: string;
      reportDueOn: string | null;
      countryComments: string;
    }>,
  ) {
    const set = [
      v.stage !== undefined && sql`stage = ${v.stage}`,
      v.visitStartsOn !== undefined && sql`visit_starts_on = ${v.visitStartsOn}`,
      v.visitEndsOn !== undefined && sql`visit_ends_on = ${v.visitEndsOn}`,
      v.reportDueOn !== undefined && sql`report_due_on = ${v.reportDueOn}`,
      v.countryComments !== undefined && sql`country_comments = ${v.countryComments}`,
    ].filter((s) => !!s);
    return execute(
      db,
      sql`UPDATE peer_review SET ${sql.join([...set, sql`updated_at = now()`, sql`lock_version = lock_version + 1`])}
           WHERE id = ${id}`,
    );
  }

  // The pool and the assignments

  pool(db: EntityManager): Promise<Omit<PeerRow, 'review_id'>[]> {
    return rows(
      db,
      sql`SELECT pr.person_id, ${NAME} AS name, pr.country_code::text AS country_code, pr.trained_on::text AS trained_on
            FROM peer_reviewer pr JOIN person p ON p.id = pr.person_id ORDER BY pr.country_code, p.family_name, p.id`,
    );
  }

  trainedPeer(db: EntityManager, personId: string) {
    return maybeOne<{ country_code: string }>(
      db,
      sql`SELECT country_code::text AS country_code FROM peer_reviewer WHERE person_id = ${personId}`,
    );
  }

  personExists(db: EntityManager, personId: string): Promise<boolean> {
    return maybeOne(db, sql`SELECT 1 FROM person WHERE id = ${personId}`).then((r) => !!r);
  }

  upsertTrainedPeer(db: EntityManager, v: { personId: string; countryCode: string; trainedOn: string }) {
    return execute(
      db,
      sql`INSERT INTO peer_reviewer (person_id, country_code, trained_on) VALUES (${v.personId}, ${v.countryCode}, ${v.trainedOn})
          ON CONFLICT (person_id) DO UPDATE SET country_code = EXCLUDED.country_code, trained_on = EXCLUDED.trained_on`,
    );
  }

  /** The peer's country comes from the pool and the review's from the review, so the database checks they differ. */
  assign(db: EntityManager, reviewId: string, personId: string) {
    return execute(
      db,
      sql`INSERT INTO peer_review_peer (review_id, review_country_code, person_id, peer_country_code)
          SELECT r.id, r.country_code, pr.person_id, pr.country_code FROM peer_review r, peer_reviewer pr
           WHERE r.id = ${reviewId} AND pr.person_id = ${personId}
          ON CONFLICT (review_id, person_id) DO NOTHING`,
    );
  }

  peers(db: EntityManager, reviewIds: readonly string[]): Promise<PeerRow[]> {
    return rows<PeerRow>(
      db,
      sql`SELECT x.review_id, x.person_id, ${NAME} AS name, x.peer_country_code::text AS country_code, pr.trained_on::text AS trained_on
            FROM peer_review_peer x JOIN peer_reviewer pr ON pr.person_id = x.person_id JOIN person p ON p.id = x.person_id
           WHERE x.review_id = ANY(${[...reviewIds]}::uuid[]) ORDER BY x.peer_country_code, p.family_name, p.id`,
    );
  }

  // Self-report, interviews, recommendations

  areas(db: EntityManager, reviewIds: readonly string[]): Promise<AreaRow[]> {
    return rows<AreaRow>(
      db,
      sql`SELECT review_id, area_code, text FROM peer_review_self_report_area
           WHERE review_id = ANY(${[...reviewIds]}::uuid[]) ORDER BY review_id, area_code`,
    );
  }

  async replaceAreas(db: EntityManager, reviewId: string, areas: readonly { areaCode: string; text: string }[]) {
    await execute(db, sql`DELETE FROM peer_review_self_report_area WHERE review_id = ${reviewId}`);
    await execute(
      db,
      sql`INSERT INTO peer_review_self_report_area (review_id, area_code, text)
          SELECT ${reviewId}, a, t FROM unnest(${areas.map((a) => a.areaCode)}::text[], ${areas.map((a) => a.text)}::text[]) AS x(a, t)`,
    );
  }

  interviews(db: EntityManager, reviewIds: readonly string[]): Promise<InterviewRow[]> {
    return rows<InterviewRow>(
      db,
      sql`SELECT i.id, i.review_id, i.interviewee, i.held_on::text AS held_on, i.notes, ${NAME} AS author_name, i.created_at
            FROM peer_review_interview i LEFT JOIN person p ON p.id = i.author_id
           WHERE i.review_id = ANY(${[...reviewIds]}::uuid[]) ORDER BY i.held_on, i.created_at, i.id`,
    );
  }

  insertInterview(
    db: EntityManager,
    v: { reviewId: string; interviewee: string; heldOn: string; notes: string; authorId: string },
  ) {
    return one<{ id: string }>(
      db,
      sql`INSERT INTO peer_review_interview (review_id, interviewee, held_on, notes, author_id)
          VALUES (${v.reviewId}, ${v.interviewee}, ${v.heldOn}, ${v.notes}, ${v.authorId}) RETURNING id`,
    );
  }

  recommendations(db: EntityManager, reviewIds: readonly string[]): Promise<RecommendationRow[]> {
    return rows<RecommendationRow>(
      db,
      sql`SELECT c.id, c.review_id, c.area_code, c.text, ${NAME} AS author_name, c.created_at, c.improvement_action_id,
                 a.status AS action_status
            FROM peer_review_recommendation c LEFT JOIN person p ON p.id = c.author_id
            LEFT JOIN improvement_action a ON a.id = c.improvement_action_id
           WHERE c.review_id = ANY(${[...reviewIds]}::uuid[]) ORDER BY c.area_code, c.created_at, c.id`,
    );
  }

  insertRecommendation(db: EntityManager, v: { reviewId: string; areaCode: string; text: string; authorId: string }) {
    return one<{ id: string }>(
      db,
      sql`INSERT INTO peer_review_recommendation (review_id, area_code, text, author_id)
          VALUES (${v.reviewId}, ${v.areaCode}, ${v.text}, ${v.authorId}) RETURNING id`,
    );
  }

  linkAction(db: EntityManager, recommendationId: string, actionId: string) {
    return execute(
      db,
      sql`UPDATE peer_review_recommendation SET improvement_action_id = ${actionId}
           WHERE id = ${recommendationId} AND improvement_action_id IS NULL`,
    );
  }

  /** The review a follow-up action came from (its recommendation's). */
  reviewOfAction(db: EntityManager, actionId: string) {
    return maybeOne<{ review_id: string }>(
      db,
      sql`SELECT review_id FROM peer_review_recommendation WHERE improvement_action_id = ${actionId}`,
    );
  }
}
