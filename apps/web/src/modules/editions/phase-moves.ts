import { phaseMoveReason, type PhaseMoveReason } from '@tandem/shared-domain';
import type { AppError } from '@tandem/web-ui';
import type { CyclePhaseStatus } from '@tandem/web-graphql';

/** The API's limits for the reason of a move (MoveCyclePhaseInput.reason). */
export const MOVE_REASON_MIN_LENGTH = 3;
export const MOVE_REASON_MAX_LENGTH = 1000;

export type PhaseMoveLabelKey =
  'edition.move.open' | 'edition.move.reopen' | 'edition.move.close' | 'edition.move.backToPlanned';

export interface PhaseMove {
  to: CyclePhaseStatus;
  labelKey: PhaseMoveLabelKey;
  /** Why the move needs a written reason; null for the ordinary step forward. */
  reason: PhaseMoveReason | null;
}

interface PhaseState {
  id: string;
  position: number;
  status: CyclePhaseStatus;
}

/** Forward moves first (the usual ones), then the moves back, nearest first. */
const MOVES_FROM: Readonly<Record<CyclePhaseStatus, readonly CyclePhaseStatus[]>> = {
  PLANNED: ['OPEN', 'DONE'],
  OPEN: ['DONE', 'PLANNED'],
  DONE: ['OPEN', 'PLANNED'],
};

function labelKey(from: CyclePhaseStatus, to: CyclePhaseStatus): PhaseMoveLabelKey {
  if (to === 'DONE') return 'edition.move.close';
  if (to === 'PLANNED') return 'edition.move.backToPlanned';
  return from === 'DONE' ? 'edition.move.reopen' : 'edition.move.open';
}

/**
 * What an administrator may do with one phase of the cycle, and which moves need a reason. The
 * API applies the same rule on the statuses at the time of the move and has the last word.
 */
export function phaseMoves(phases: readonly PhaseState[], phaseId: string): PhaseMove[] {
  const phase = phases.find((candidate) => candidate.id === phaseId);
  if (!phase) return [];
  const previous = phases.find((candidate) => candidate.position === phase.position - 1);
  const previousDone = !previous || previous.status === 'DONE';
  return MOVES_FROM[phase.status].map((to) => ({
    to,
    labelKey: labelKey(phase.status, to),
    reason: phaseMoveReason(phase.status, to, previousDone),
  }));
}

export type MoveReasonError = 'edition.move.errors.reasonRequired' | 'edition.move.errors.reasonTooLong';

/** The reason as the API will accept it, or the catalogue key of what is wrong with it. */
export function checkMoveReason(reason: string): { ok: true; reason: string } | { ok: false; error: MoveReasonError } {
  const trimmed = reason.trim();
  if (trimmed.length < MOVE_REASON_MIN_LENGTH) return { ok: false, error: 'edition.move.errors.reasonRequired' };
  if (trimmed.length > MOVE_REASON_MAX_LENGTH) return { ok: false, error: 'edition.move.errors.reasonTooLong' };
  return { ok: true, reason: trimmed };
}

/**
 * The server wants a reason the client did not foresee (another administrator moved the previous
 * phase meanwhile, say): VALIDATION_FAILED on the `reason` field.
 */
export function asksForReason(error: Pick<AppError, 'code' | 'fields'>): boolean {
  return error.code === 'VALIDATION_FAILED' && !!error.fields?.some(({ field }) => field.split('.').pop() === 'reason');
}
