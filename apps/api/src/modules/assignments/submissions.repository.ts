import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AccessFactsSql } from '../../access-facts/access-facts.sql';
import { one, rows, sql } from '../../database/sql';
import {
  AssignmentSubmission,
  type ReviewOutcome,
  type SubmissionAttachment,
  type SubmissionStatus,
} from './assignment-submission.entity';

/** Submissions in a status, of tandems in the countries (ALL: anywhere). */
export interface ReviewQueue {
  status: SubmissionStatus;
  countries: 'ALL' | readonly string[];
}

const queue = (q: ReviewQueue) =>
  sql`s.status = ${q.status} AND ${
    q.countries === 'ALL' ? sql.raw('TRUE') : AccessFactsSql.tandemInCountries(sql.raw('s.tandem_id'), q.countries)
  }`;

/**
 * The tandems' shared submissions. lock_version is the optimistic lock of the content: a change of
 * text or files moves it (the entity's version column), a confirmation or a review does not.
 */
@Injectable()
export class SubmissionsRepository {
  find(db: EntityManager, id: string): Promise<AssignmentSubmission | null> {
    return db.getRepository(AssignmentSubmission).findOneBy({ id });
  }

  /** The row locked FOR UPDATE: confirmations, reviews and file changes of one submission run one at a time. */
  lock(db: EntityManager, id: string): Promise<AssignmentSubmission | null> {
    return db.getRepository(AssignmentSubmission).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findFor(db: EntityManager, assignmentId: string, tandemId: string): Promise<AssignmentSubmission | null> {
    return db.getRepository(AssignmentSubmission).findOneBy({ assignmentId, tandemId });
  }

  ofTandem(db: EntityManager, tandemId: string, assignmentIds: readonly string[]): Promise<AssignmentSubmission[]> {
    if (!assignmentIds.length) return Promise.resolve([]);
    return db.getRepository(AssignmentSubmission).findBy({ tandemId, assignmentId: In([...assignmentIds]) });
  }

  /** Starts the tandem's draft; a second one for the same assignment fails with the unique violation. */
  async insert(
    db: EntityManager,
    values: Pick<AssignmentSubmission, 'assignmentId' | 'tandemId' | 'text' | 'lastEditedById'>,
  ): Promise<string> {
    const inserted = await db.insert(AssignmentSubmission, values);
    return inserted.identifiers[0]['id'] as string;
  }

  /** One submission's update through the query builder, which moves lock_version unless `set` keeps it. */
  private async update(
    db: EntityManager,
    id: string,
    set: QueryDeepPartialEntity<AssignmentSubmission>,
    condition = '',
    params: Record<string, unknown> = {},
  ): Promise<boolean> {
    const result = await db
      .createQueryBuilder()
      .update(AssignmentSubmission)
      .set(set)
      .where(`id = :id${condition}`, { id, ...params })
      .execute();
    return !!result.affected;
  }

  /**
   * Saves the text if the submission still has `lockVersion` and is editable (it becomes a DRAFT
   * again and both confirmations are cleared); answers whether it did. Of two saves from the same
   * version, one wins.
   */
  async saveText(db: EntityManager, id: string, lockVersion: number, text: string, personId: string): Promise<boolean> {
    return this.update(
      db,
      id,
      { text, status: 'DRAFT', schoolConfirmedAt: null, companyConfirmedAt: null, lastEditedById: personId },
      ` AND lock_version = :lock AND status IN ('DRAFT','NEEDS_REVISION')`,
      { lock: lockVersion },
    );
  }

  /** Replaces the files (a change of content: a DRAFT again, both confirmations cleared). */
  async setAttachments(
    db: EntityManager,
    id: string,
    attachments: SubmissionAttachment[],
    personId: string,
  ): Promise<void> {
    await this.update(db, id, {
      attachments,
      status: 'DRAFT',
      schoolConfirmedAt: null,
      companyConfirmedAt: null,
      lastEditedById: personId,
    });
  }

  /** Records the partners' confirmations, and the submission when both are there; no change of content. */
  async confirm(
    db: EntityManager,
    id: string,
    next: { schoolConfirmedAt: Date | null; companyConfirmedAt: Date | null; submit: boolean },
  ): Promise<void> {
    await this.update(db, id, {
      schoolConfirmedAt: next.schoolConfirmedAt,
      companyConfirmedAt: next.companyConfirmedAt,
      ...(next.submit ? { status: 'SUBMITTED' as const, submittedAt: () => 'now()' } : {}),
      lockVersion: () => 'lock_version',
    });
  }

  /** A trainer's decision; returned for revision, the revised content needs both confirmations again. */
  async review(
    db: EntityManager,
    id: string,
    outcome: ReviewOutcome,
    comment: string | null,
    personId: string,
  ): Promise<void> {
    await this.update(db, id, {
      status: outcome,
      reviewComment: comment,
      reviewedById: personId,
      reviewedAt: () => 'now()',
      ...(outcome === 'NEEDS_REVISION' ? { schoolConfirmedAt: null, companyConfirmedAt: null } : {}),
      lockVersion: () => 'lock_version',
    });
  }

  /** The submissions, in the order of `ids`. */
  async byIds(db: EntityManager, ids: readonly string[]): Promise<AssignmentSubmission[]> {
    if (!ids.length) return [];
    const found = await db.getRepository(AssignmentSubmission).findBy({ id: In([...ids]) });
    const byId = new Map(found.map((s) => [s.id, s]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async count(db: EntityManager, filter: ReviewQueue): Promise<number> {
    return (
      await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM assignment_submission s WHERE ${queue(filter)}`)
    ).n;
  }

  /** Ids of a page of the queue, longest waiting first (submitted, else created), after the keyset of `afterId`. */
  async pageIds(db: EntityManager, filter: ReviewQueue, afterId: string | null, limit: number): Promise<string[]> {
    const found = await rows<{ id: string }>(
      db,
      sql`SELECT s.id FROM assignment_submission s
           WHERE ${queue(filter)}
             AND (${afterId}::uuid IS NULL OR (coalesce(s.submitted_at, s.created_at), s.id) >
                  (SELECT coalesce(a.submitted_at, a.created_at), a.id FROM assignment_submission a WHERE a.id = ${afterId}::uuid))
           ORDER BY coalesce(s.submitted_at, s.created_at), s.id
           LIMIT ${limit}`,
    );
    return found.map((r) => r.id);
  }
}
