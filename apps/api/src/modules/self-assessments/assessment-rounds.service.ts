import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { DomainError, Errors } from '../../common/domain-error';
import { CompetencesService } from '../competences/competences.service';
import { EditionsService } from '../programmes/editions.service';
import type { AssessmentRound } from './assessment-round.entity';
import { SelfAssessmentsRepository } from './self-assessments.repository';
import type { OpenAssessmentRoundInput, UpdateAssessmentRoundInput } from './dto/self-assessment.input';
import { invalid } from '../../common/field-error';

export interface RoundView {
  round: AssessmentRound;
  profileVersion: number;
}

export const isRoundOpen = (round: Pick<AssessmentRound, 'opensAt' | 'closesAt'>, now = new Date()): boolean =>
  round.opensAt <= now && now < round.closesAt;

export function assertRoundOpen(round: AssessmentRound, now = new Date()): void {
  if (!isRoundOpen(round, now)) {
    throw new DomainError(
      'ROUND_CLOSED',
      now < round.opensAt
        ? 'This self-assessment round has not opened yet.'
        : 'This self-assessment round is closed: nothing can be saved or submitted any more.',
      { opensAt: round.opensAt.toISOString(), closesAt: round.closesAt.toISOString() },
    );
  }
}

/** BASELINE, AFTER_MODULE 1..3, FINAL: the order of the programme, not of the dates (windows may move). */
export const roundOrder = (r: Pick<AssessmentRound, 'kind' | 'moduleNumber'>): number =>
  r.kind === 'BASELINE' ? 0 : r.kind === 'AFTER_MODULE' ? (r.moduleNumber ?? 1) : 9;

/** Rounds are not personal data: any signed-in person lists them; ADMIN opens and moves them. */
@Injectable()
export class AssessmentRoundsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: SelfAssessmentsRepository,
    private readonly competences: CompetencesService,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
  ) {}

  async views(rounds: AssessmentRound[], manager: EntityManager = this.db.manager): Promise<RoundView[]> {
    const versions = await this.competences.versionNumbers(
      rounds.map((r) => r.profileVersionId),
      manager,
    );
    return rounds.map((round) => ({ round, profileVersion: versions.get(round.profileVersionId) ?? 0 }));
  }

  async editionId(editionId?: string | null): Promise<string | null> {
    if (editionId) return editionId;
    return this.editions.currentId();
  }

  async list(editionId?: string | null): Promise<RoundView[]> {
    const id = await this.editionId(editionId);
    if (!id) return [];
    const rounds = await this.repository.roundsOfEdition(this.db.manager, id);
    return this.views(rounds.sort((a, b) => roundOrder(a) - roundOrder(b)));
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<AssessmentRound> {
    const round = await this.repository.round(manager, id);
    if (!round) throw Errors.notFound('Assessment round');
    return round;
  }

  private window(opensAt: string, closesAt: string): { opensAt: Date; closesAt: Date } {
    const window = { opensAt: new Date(opensAt), closesAt: new Date(closesAt) };
    if (window.closesAt <= window.opensAt) throw Errors.validation([invalid('closesAt', 'afterOpening')]);
    return window;
  }

  async open(viewer: Viewer, input: OpenAssessmentRoundInput, requestId: string): Promise<string> {
    const window = this.window(input.opensAt, input.closesAt);
    const moduleNumber = input.kind === 'AFTER_MODULE' ? (input.moduleNumber ?? null) : null;
    if (input.kind === 'AFTER_MODULE' && !moduleNumber)
      throw Errors.validation([invalid('moduleNumber', 'afterModuleNumber')]);
    if (input.kind !== 'AFTER_MODULE' && input.moduleNumber)
      throw Errors.validation([invalid('moduleNumber', 'afterModuleOnly')]);
    return this.db.transaction(async (manager) => {
      await this.editions.get(input.editionId, manager);
      const profile = await this.competences.find(manager, input.profileVersionId);
      if (!profile || profile.status === 'DRAFT')
        throw Errors.validation([invalid('profileVersionId', 'profileVersion')]);
      let id: string;
      try {
        id = await this.repository.insertRound(manager, {
          editionId: input.editionId,
          kind: input.kind,
          moduleNumber,
          ...window,
          profileVersionId: profile.id,
        });
      } catch (e) {
        if (pgErrorCode(e) === PG_UNIQUE_VIOLATION)
          throw new DomainError('DUPLICATE_ROUND', 'This edition already has this round.', {
            kind: input.kind,
            ...(moduleNumber !== null && { moduleNumber }),
          });
        throw e;
      }
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'openAssessmentRound',
        targetType: 'AssessmentRound',
        targetId: id,
        summary: `Opened the ${input.kind}${moduleNumber ? ` ${moduleNumber}` : ''} self-assessment round`,
        requestId,
      });
      return id;
    });
  }

  async update(viewer: Viewer, input: UpdateAssessmentRoundInput, requestId: string): Promise<string> {
    const window = this.window(input.opensAt, input.closesAt);
    return this.db.transaction(async (manager) => {
      const round = await this.get(input.id, manager);
      await this.repository.moveRound(manager, round.id, window);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'updateAssessmentRound',
        targetType: 'AssessmentRound',
        targetId: round.id,
        summary: `Moved the window of the ${round.kind} round to ${input.opensAt} – ${input.closesAt}`,
        requestId,
      });
      return round.id;
    });
  }
}
