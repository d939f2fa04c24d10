import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CyclePhaseStatus } from '@tandem/shared-domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { MoveCyclePhaseInput, ScheduleCyclePhaseInput } from './dto/cycle-phase.input';
import { Edition } from './edition.entity';
import { toEditionModel } from './edition.mapper';
import { EditionsRepository } from './editions.repository';
import { EditionsService } from './editions.service';
import { nextStepsFor, NextStepSituation } from './next-steps';
import type { WhereWeAreNowModel } from './where-we-are-now.model';
import { invalid } from '../../common/field-error';

const RANK: Record<CyclePhaseStatus, number> = { PLANNED: 0, OPEN: 1, DONE: 2 };

/** Why a move needs a written reason, or null when it is the ordinary forward step. */
/** How the audit log names the reason a move needed. */
const WHY = {
  reasonGoingBack: 'going back',
  reasonNeverOpened: 'closing a phase that was never opened',
  reasonPreviousNotDone: 'opening a phase before the previous one is done',
} as const;

export function reasonNeeded(
  from: CyclePhaseStatus,
  to: CyclePhaseStatus,
  previousDone: boolean,
): keyof typeof WHY | null {
  if (RANK[to] < RANK[from]) return 'reasonGoingBack';
  if (from === 'PLANNED' && to === 'DONE') return 'reasonNeverOpened';
  if (from === 'PLANNED' && to === 'OPEN' && !previousDone) return 'reasonPreviousNotDone';
  return null;
}

@Injectable()
export class CycleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly editions: EditionsService,
    private readonly repository: EditionsRepository,
    private readonly audit: AuditService,
  ) {}

  async move(viewer: Viewer, input: MoveCyclePhaseInput, requestId: string): Promise<Edition> {
    const editionId = await this.db.transaction(async (manager) => {
      const phase = await this.repository.phase(manager, input.phaseId);
      if (!phase) throw Errors.notFound('Cycle phase');
      // Lock the edition: moves of its phases are decided one at a time, on current statuses.
      await this.repository.lock(manager, phase.editionId);
      const phases = await this.repository.phases(manager, phase.editionId);
      const current = phases.find((p) => p.id === phase.id) ?? phase;
      if (current.status === input.status)
        throw new DomainError('PHASE_ALREADY_IN_STATUS', `The phase is already ${input.status}.`, {
          status: input.status,
        });
      const previous = phases.find((p) => p.position === current.position - 1);
      const why = reasonNeeded(current.status, input.status, !previous || previous.status === 'DONE');
      const reason = input.reason?.trim();
      if (why && !reason) {
        throw Errors.validation([invalid('reason', why)]);
      }
      await this.repository.updatePhase(manager, current.id, { status: input.status });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'moveCyclePhase',
        targetType: 'CyclePhase',
        targetId: current.id,
        summary: `${current.kind}: ${current.status} → ${input.status}${why ? ` (${WHY[why]}: ${reason})` : reason ? ` (${reason})` : ''}`,
        requestId,
      });
      return current.editionId;
    });
    return this.editions.get(editionId);
  }

  async schedule(viewer: Viewer, input: ScheduleCyclePhaseInput, requestId: string): Promise<Edition> {
    if (input.endsOn < input.startsOn) throw Errors.validation([invalid('endsOn', 'notBeforeStart')]);
    const editionId = await this.db.transaction(async (manager) => {
      const phase = await this.repository.phase(manager, input.phaseId, { lock: true });
      if (!phase) throw Errors.notFound('Cycle phase');
      const edition = (await this.repository.find(manager, phase.editionId)) as Edition;
      if (input.startsOn < edition.startsOn || input.endsOn > edition.endsOn) {
        throw Errors.validation([
          invalid(input.startsOn < edition.startsOn ? 'startsOn' : 'endsOn', 'withinEdition', {
            startsOn: edition.startsOn,
            endsOn: edition.endsOn,
          }),
        ]);
      }
      await this.repository.updatePhase(manager, phase.id, { startsOn: input.startsOn, endsOn: input.endsOn });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'scheduleCyclePhase',
        targetType: 'CyclePhase',
        targetId: phase.id,
        summary: `${phase.kind}: ${phase.startsOn} – ${phase.endsOn} → ${input.startsOn} – ${input.endsOn}`,
        requestId,
      });
      return phase.editionId;
    });
    return this.editions.get(editionId);
  }

  /** The edition (given, or the one running today), its current phase and the viewer's next steps. */
  async whereWeAreNow(viewer: Viewer, editionId?: string): Promise<WhereWeAreNowModel | null> {
    const entity = editionId ? await this.editions.get(editionId) : await this.editions.current();
    if (!entity) return null;
    const edition = toEditionModel(entity);
    return {
      edition,
      currentPhase: edition.currentPhase,
      nextSteps: nextStepsFor(
        viewer.grants.map((g) => g.role),
        edition.currentPhase?.kind ?? null,
        await this.situation(viewer, edition.id),
      ),
    };
  }

  /** The national programme facts that change a coordinator's and an admin's next steps. */
  private async situation(viewer: Viewer, editionId: string): Promise<NextStepSituation> {
    const situation: NextStepSituation = {};
    const countries = [
      ...new Set(
        viewer.grants.filter((g) => g.role === 'COORDINATOR' && g.countryCode).map((g) => g.countryCode as string),
      ),
    ];
    if (countries.length) {
      const newest = await this.repository.newestProgrammeStatuses(this.db.manager, editionId, countries);
      situation.ownNationalProgrammes = countries.map((c) => newest.find((r) => r.country_code === c)?.status ?? null);
    }
    if (Access.isAdmin(viewer))
      situation.submittedNationalProgrammes = await this.repository.submittedProgrammes(this.db.manager, editionId);
    return situation;
  }
}
