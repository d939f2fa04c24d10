import { Injectable } from '@nestjs/common';
import { nextPeerReviewStage, type AuditOperation, type PeerReviewStage } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { ImprovementActionsService } from '../evidence/improvement-actions.service';
import { EditionsService } from '../programmes/editions.service';
import type {
  AddTrainedPeerInput,
  AdvancePeerReviewInput,
  AssignPeerReviewerInput,
  CreatePeerReviewInput,
  SchedulePeerReviewVisitInput,
  SetPeerReviewActionStatusInput,
} from './dto/peer-review.input';
import { PeerReviewsRepository, type PeerReviewRow } from './peer-reviews.repository';
import { checkLock, inStage, isCountryTeam } from './peer-review-rules';

/**
 * Running a peer review (European Peer Review): the pool of trained peers, starting a review of a
 * country's national programme, assigning peers of the other Baltic countries, the visit's dates,
 * the stages one step at a time, and the follow-up that makes every recommendation one improvement
 * action of the programme. One transaction per use case; the review's row is locked while it changes.
 * The parts the country team and the peers write: PeerReviewWritingService.
 */
@Injectable()
export class PeerReviewsService {
  constructor(
    private readonly repo: PeerReviewsRepository,
    private readonly editions: EditionsService,
    private readonly actions: ImprovementActionsService,
    private readonly audit: AuditService,
  ) {}

  private record(
    db: EntityManager,
    viewer: Viewer,
    operation: AuditOperation,
    targetId: string,
    summary: string,
    requestId?: string,
  ) {
    return this.audit.record(db, {
      actorPersonId: viewer.personId,
      operation,
      targetType: 'PeerReview',
      targetId,
      summary,
      requestId,
    });
  }

  async addTrainedPeer(viewer: Viewer, input: AddTrainedPeerInput, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      if (!(await this.repo.personExists(db, input.personId))) throw Errors.notFound('Person');
      await this.repo.upsertTrainedPeer(db, input);
      await this.audit.record(db, {
        actorPersonId: viewer.personId,
        operation: 'addTrainedPeer',
        targetType: 'Person',
        targetId: input.personId,
        summary: `Trained peer of ${input.countryCode} since ${input.trainedOn}`,
        requestId,
      });
    });
  }

  async createPeerReview(viewer: Viewer, input: CreatePeerReviewInput, requestId?: string): Promise<string> {
    return this.repo.transaction(async (db) => {
      const edition = await this.editions.get(input.editionId, db);
      const programme = await this.repo.programme(db, edition.id, input.countryCode);
      if (!programme) throw Errors.validation([invalid('countryCode', 'noNationalProgramme')]);
      const id = await this.repo.insertReview(db, {
        editionId: edition.id,
        programmeId: programme.id,
        countryCode: input.countryCode,
        reportDueOn: null,
      });
      if (!id) throw Errors.validation([invalid('countryCode', 'peerReviewExists')]);
      await this.record(
        db,
        viewer,
        'createPeerReview',
        id,
        `Started the peer review of ${input.countryCode}`,
        requestId,
      );
      return id;
    });
  }

  private async lock(db: EntityManager, id: string): Promise<PeerReviewRow> {
    const r = await this.repo.review(db, id, true);
    if (!r) throw Errors.notFound('Peer review');
    return r;
  }

  /** A trained peer of another Baltic country; the database refuses an own-country peer too (CHECK). */
  async assignPeerReviewer(viewer: Viewer, input: AssignPeerReviewerInput, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      const r = await this.lock(db, input.reviewId);
      inStage(r, 'PREPARATION', 'VISIT');
      const peer = await this.repo.trainedPeer(db, input.personId);
      if (!peer) throw Errors.validation([invalid('personId', 'notTrainedPeer')]);
      if (peer.country_code === r.country_code)
        throw new DomainError(
          'PEER_OWN_COUNTRY',
          `A peer never reviews their own country (${r.country_code}): choose a peer of another Baltic country.`,
          { countryCode: r.country_code },
        );
      await this.repo.assign(db, r.id, input.personId);
      await this.record(db, viewer, 'assignPeerReviewer', r.id, `Assigned a peer of ${peer.country_code}`, requestId);
    });
  }

  async scheduleVisit(viewer: Viewer, input: SchedulePeerReviewVisitInput, requestId?: string): Promise<void> {
    if (input.endsOn < input.startsOn) throw Errors.validation([invalid('endsOn', 'notBeforeStart')]);
    if (input.reportDueOn < input.endsOn) throw Errors.validation([invalid('reportDueOn', 'notBeforeStart')]);
    await this.repo.transaction(async (db) => {
      const r = await this.lock(db, input.reviewId);
      checkLock(r, input.expectedLockVersion);
      inStage(r, 'PREPARATION', 'VISIT', 'REPORT');
      await this.repo.update(db, r.id, {
        visitStartsOn: input.startsOn,
        visitEndsOn: input.endsOn,
        reportDueOn: input.reportDueOn,
      });
      await this.record(
        db,
        viewer,
        'schedulePeerReviewVisit',
        r.id,
        `Visit ${input.startsOn}–${input.endsOn}, report by ${input.reportDueOn}`,
        requestId,
      );
    });
  }

  /** The next stage, and only that one; FOLLOW_UP makes the recommendations actions. */
  async advance(viewer: Viewer, input: AdvancePeerReviewInput, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      const r = await this.lock(db, input.reviewId);
      checkLock(r, input.expectedLockVersion);
      const next = nextPeerReviewStage(r.stage);
      if (input.stage !== next)
        throw new DomainError(
          'PEER_REVIEW_STAGE',
          `A peer review in its ${r.stage} stage moves on to ${next ?? 'nothing'} only, one stage at a time.`,
          { stage: input.stage, current: r.stage },
        );
      if (next === 'FOLLOW_UP') await this.followUp(db, viewer, r, requestId);
      else await this.moveTo(db, viewer, r, next, requestId);
    });
  }

  /** The country team starts the follow-up after its comments; a second start adds nothing. */
  async startFollowUp(viewer: Viewer, reviewId: string, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      const r = await this.lock(db, reviewId);
      if (!isCountryTeam(viewer, r)) throw Errors.forbidden('Only the reviewed country’s team starts its follow-up.');
      inStage(r, 'COMMENTS', 'FOLLOW_UP');
      await this.followUp(db, viewer, r, requestId);
    });
  }

  private async moveTo(
    db: EntityManager,
    viewer: Viewer,
    r: PeerReviewRow,
    stage: PeerReviewStage,
    requestId?: string,
  ) {
    await this.repo.update(db, r.id, { stage });
    await this.record(db, viewer, 'advancePeerReview', r.id, `${r.stage} → ${stage}`, requestId);
  }

  /**
   * Each recommendation without an action becomes one PROPOSED action of the reviewed programme
   * (through ImprovementActionsService, like every action). The review's row lock serialises two
   * follow-ups, and the unique action reference of a recommendation holds "exactly one".
   */
  private async followUp(db: EntityManager, viewer: Viewer, r: PeerReviewRow, requestId?: string) {
    const open = (await this.repo.recommendations(db, [r.id])).filter((c) => !c.improvement_action_id);
    const ids = await this.actions.proposeForNationalProgramme(
      db,
      viewer,
      {
        editionId: r.edition_id,
        nationalProgrammeId: r.national_programme_id,
        owner: `National team ${r.country_code}`,
        changes: open.map((c) => ({ change: c.text, dueOn: null })),
      },
      requestId,
    );
    for (const [i, c] of open.entries()) await this.repo.linkAction(db, c.id, ids[i]);
    if (r.stage !== 'FOLLOW_UP') await this.moveTo(db, viewer, r, 'FOLLOW_UP', requestId);
  }

  /** The country team tracks its follow-up actions: AGREED, then DONE (the evidence rules of a step apply). */
  async setActionStatus(viewer: Viewer, input: SetPeerReviewActionStatusInput, requestId?: string): Promise<string> {
    const of = await this.repo.reviewOfAction(this.repo.manager, input.actionId);
    const r = of && (await this.repo.review(this.repo.manager, of.review_id));
    if (!r) throw Errors.notFound('Improvement action');
    if (!isCountryTeam(viewer, r)) throw Errors.forbidden('Only the reviewed country’s team tracks its follow-up.');
    inStage(r, 'FOLLOW_UP');
    await this.actions.setImprovementActionStatus(viewer, { id: input.actionId, status: input.status }, requestId);
    return r.id;
  }
}
