/**
 * The train-the-trainer cycle of DESIGN.md, in order. Every edition gets one CyclePhase of each
 * kind when it is created.
 */
export const CYCLE_PHASE_KINDS = [
  'NEEDS_ANALYSIS',
  'STUDY_VISIT',
  'TRAIN_THE_TRAINER',
  'NATIONAL_PROGRAMMES',
  'NATIONAL_TRAININGS_1',
  'JOINT_MODULE_1',
  'INTERIM_ANALYSIS_1',
  'NATIONAL_TRAININGS_2',
  'JOINT_MODULE_2',
  'INTERIM_ANALYSIS_2',
  'NATIONAL_TRAININGS_3',
  'JOINT_MODULE_3',
  'FINAL_EVALUATION',
  'POLICY_RECOMMENDATIONS',
] as const;
export type CyclePhaseKind = (typeof CYCLE_PHASE_KINDS)[number];

export const CYCLE_PHASE_STATUSES = ['PLANNED', 'OPEN', 'DONE'] as const;
export type CyclePhaseStatus = (typeof CYCLE_PHASE_STATUSES)[number];

/**
 * Why moving a phase needs a written reason (it goes into the audit log): going back, closing a
 * phase that was never opened, or opening one before the previous phase is done.
 */
export type PhaseMoveReason = 'GOING_BACK' | 'NEVER_OPENED' | 'OPENING_EARLY';

const STATUS_RANK: Record<CyclePhaseStatus, number> = { PLANNED: 0, OPEN: 1, DONE: 2 };

/**
 * The reason a move needs, or null for the ordinary step forward. `previousDone`: the phase before
 * this one is DONE (true for the first phase). The same rule as the API's moveCyclePhase, which
 * has the last word (it decides on the statuses at the time of the move).
 */
export function phaseMoveReason(
  from: CyclePhaseStatus,
  to: CyclePhaseStatus,
  previousDone: boolean,
): PhaseMoveReason | null {
  if (STATUS_RANK[to] < STATUS_RANK[from]) return 'GOING_BACK';
  if (from === 'PLANNED' && to === 'DONE') return 'NEVER_OPENED';
  if (from === 'PLANNED' && to === 'OPEN' && !previousDone) return 'OPENING_EARLY';
  return null;
}

/**
 * Relative length of each phase, used to spread a new edition's dates. National trainings take
 * longest; a joint module is a short, intensive event.
 */
export const CYCLE_PHASE_WEIGHTS: Record<CyclePhaseKind, number> = {
  NEEDS_ANALYSIS: 4,
  STUDY_VISIT: 1,
  TRAIN_THE_TRAINER: 3,
  NATIONAL_PROGRAMMES: 4,
  NATIONAL_TRAININGS_1: 6,
  JOINT_MODULE_1: 1,
  INTERIM_ANALYSIS_1: 2,
  NATIONAL_TRAININGS_2: 6,
  JOINT_MODULE_2: 1,
  INTERIM_ANALYSIS_2: 2,
  NATIONAL_TRAININGS_3: 6,
  JOINT_MODULE_3: 1,
  FINAL_EVALUATION: 3,
  POLICY_RECOMMENDATIONS: 2,
};

const DAY = 86_400_000;
const toDate = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Spreads the phases over [startsOn, endsOn] (ISO dates, inclusive) in proportion to their
 * weights; consecutive phases never overlap and the last ends on endsOn.
 */
export function planCycle(
  startsOn: string,
  endsOn: string,
): { kind: CyclePhaseKind; startsOn: string; endsOn: string }[] {
  const start = toDate(startsOn);
  const days = Math.round((toDate(endsOn) - start) / DAY) + 1;
  if (days < CYCLE_PHASE_KINDS.length) throw new RangeError('An edition needs at least one day per phase.');
  const total = CYCLE_PHASE_KINDS.reduce((s, k) => s + CYCLE_PHASE_WEIGHTS[k], 0);
  let used = 0;
  let weightSoFar = 0;
  return CYCLE_PHASE_KINDS.map((kind, i) => {
    weightSoFar += CYCLE_PHASE_WEIGHTS[kind];
    const isLast = i === CYCLE_PHASE_KINDS.length - 1;
    // at least one day each, and leave one day for every phase still to come
    const end = isLast
      ? days
      : Math.max(
          used + 1,
          Math.min(Math.round((weightSoFar / total) * days), days - (CYCLE_PHASE_KINDS.length - 1 - i)),
        );
    const phase = { kind, startsOn: toIso(start + used * DAY), endsOn: toIso(start + (end - 1) * DAY) };
    used = end;
    return phase;
  });
}

export const MODULE_KINDS = ['JOINT', 'NATIONAL'] as const;
export type ModuleKind = (typeof MODULE_KINDS)[number];
export const MODULE_VERSION_STATUSES = ['DRAFT', 'PUBLISHED', 'SUPERSEDED'] as const;
export type ModuleVersionStatus = (typeof MODULE_VERSION_STATUSES)[number];
export const DELIVERY_MODES = ['IN_PERSON', 'ONLINE', 'BLENDED'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
/** Joint Baltic modules are numbered 1..3 (DESIGN.md "The cycle"). */
export const JOINT_MODULE_NUMBERS = [1, 2, 3] as const;
