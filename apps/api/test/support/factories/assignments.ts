import type { DataSource } from 'typeorm';
import { row, uniqueTag } from '../db';
import type { GivenModule } from './modules';
import type { GivenTandem } from './network';

export interface GivenAssignment {
  id: string;
  title: string;
  moduleId: string;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** An assignment of the module's newest version, due in `dueInDays` (20) days. */
export async function givenAssignment(
  db: DataSource,
  options: { module: GivenModule; title?: string; instructions?: string; dueInDays?: number },
): Promise<GivenAssignment> {
  const title = options.title ?? `Assignment ${uniqueTag()}`;
  const { id } = await row<{ id: string }>(
    db,
    `INSERT INTO tandem_assignment (module_version_id, title, instructions, due_on) VALUES ($1, $2, $3, $4) RETURNING id`,
    [options.module.versionId, title, options.instructions ?? 'Do it together.', inDays(options.dueInDays ?? 20)],
  );
  return { id, title, moduleId: options.module.id };
}

export type SubmissionStatus = 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'NEEDS_REVISION';

/**
 * The tandem's submission of the assignment in `status`: a DRAFT confirmed by `confirmedBy` if
 * given; SUBMITTED and later confirmed by both; reviewed (ACCEPTED, NEEDS_REVISION) by `reviewerId`.
 */
export async function givenSubmission(
  db: DataSource,
  options: {
    assignment: GivenAssignment;
    tandem: GivenTandem;
    status?: SubmissionStatus;
    text?: string;
    confirmedBy?: 'SCHOOL' | 'COMPANY';
    reviewerId?: string;
  },
): Promise<{ id: string; text: string }> {
  const status = options.status ?? 'DRAFT';
  const both = status !== 'DRAFT';
  const text = options.text ?? `Our work on ${options.assignment.title}`;
  const { id } = await row<{ id: string }>(
    db,
    `INSERT INTO assignment_submission (assignment_id, tandem_id, status, text, school_confirmed_at, company_confirmed_at,
                                        submitted_at, reviewed_at, reviewed_by_id, review_comment, last_edited_by_id)
     VALUES ($1, $2, $3, $4, CASE WHEN $5 OR $6 = 'SCHOOL' THEN now() END, CASE WHEN $5 OR $6 = 'COMPANY' THEN now() END,
             CASE WHEN $5 THEN now() END, CASE WHEN $3 IN ('ACCEPTED','NEEDS_REVISION') THEN now() END, $7,
             CASE WHEN $3 = 'NEEDS_REVISION' THEN 'Please revise.' END, $8)
     RETURNING id`,
    [
      options.assignment.id,
      options.tandem.id,
      status,
      text,
      both,
      options.confirmedBy ?? null,
      options.reviewerId ?? null,
      options.tandem.school.id,
    ],
  );
  return { id, text };
}
