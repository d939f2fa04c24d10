import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TandemFacts } from '../../access-facts/access-facts';
import { scopeOf } from '../../access-facts/access-facts';
import { AccessFactsRepository } from '../../access-facts/access-facts.repository';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { displayNames } from '../../database/display-names';
import type { AssignmentSubmission } from './assignment-submission.entity';
import { isEditable, type TandemSide } from './submission-rules';
import { SubmissionsRepository } from './submissions.repository';

/** A submission's tandem: where it belongs (access facts) and its tutors' names. */
export interface SubmissionTandem extends TandemFacts {
  schoolTutorName: string;
  companyTutorName: string;
}

export const sideOf = (
  t: Pick<TandemFacts, 'schoolTutorId' | 'companyTutorId'>,
  personId: string,
): TandemSide | null => (t.schoolTutorId === personId ? 'SCHOOL' : t.companyTutorId === personId ? 'COMPANY' : null);

export const staleSubmission = (
  message = 'Your partner changed this submission since you opened it. Reload to see their changes, then make yours again.',
) => new DomainError('STALE_WRITE', message);

/** Who may do what with a submission: its tandem's facts, the partners' write lock, whether it is editable. */
@Injectable()
export class SubmissionAccess {
  constructor(
    private readonly submissions: SubmissionsRepository,
    private readonly facts: AccessFactsRepository,
  ) {}

  /** The tandems, with their tutors' names, in two queries for any number of them. */
  async tandems(manager: EntityManager, ids: readonly string[]): Promise<Map<string, SubmissionTandem>> {
    const facts = await this.facts.tandems(manager, ids);
    const names = await displayNames(
      manager,
      [...facts.values()].flatMap((t) => [t.schoolTutorId, t.companyTutorId]),
    );
    return new Map(
      [...facts].map(([id, t]) => [
        id,
        {
          ...t,
          schoolTutorName: names.get(t.schoolTutorId) ?? '',
          companyTutorName: names.get(t.companyTutorId) ?? '',
        },
      ]),
    );
  }

  async tandem(manager: EntityManager, id: string): Promise<SubmissionTandem> {
    return (await this.tandems(manager, [id])).get(id) as SubmissionTandem;
  }

  /**
   * The viewer's submission locked for a change by a partner: others who may read it get FORBIDDEN,
   * everyone else NOT_FOUND; a tandem that is not ACTIVE writes nothing.
   */
  async lockForPartner(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<{ submission: AssignmentSubmission; tandem: SubmissionTandem; side: TandemSide }> {
    const submission = await this.submissions.lock(manager, id);
    if (!submission) throw Errors.notFound('Submission');
    const tandem = await this.tandem(manager, submission.tandemId);
    const side = sideOf(tandem, viewer.personId);
    if (!side)
      throw Access.can(viewer, 'submission.read', scopeOf.tandem(tandem))
        ? Errors.forbidden('Only the two partners of the tandem write its submission.')
        : Errors.notFound('Submission');
    if (tandem.status !== 'ACTIVE') throw Errors.forbidden('Only an ACTIVE tandem writes submissions.');
    return { submission, tandem, side };
  }

  /** A submitted or accepted submission is not changed; a change names the lockVersion it started from. */
  assertEditable(submission: AssignmentSubmission, lockVersion: number | undefined): void {
    if (submission.status === 'SUBMITTED')
      throw new DomainError(
        'ALREADY_SUBMITTED',
        'This submission was submitted and waits for review: it cannot be changed now.',
        { status: submission.status },
      );
    if (!isEditable(submission.status))
      throw new DomainError('ALREADY_DECIDED', 'This submission was accepted: it cannot be changed any more.', {
        status: submission.status,
      });
    if (lockVersion !== undefined && lockVersion !== submission.lockVersion) throw staleSubmission();
  }
}
