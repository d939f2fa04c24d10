import type { CyclePhaseKind, Role } from '@tandem/shared-domain';
import type { NationalProgrammeStatus } from '../national-programmes/national-programme.entity';

/**
 * What a person in a role should do now, given where the cycle stands. Codes, not texts: the web
 * app translates them and later issues attach the links (book a session, submit a programme, ...).
 */
export const NEXT_STEP_KINDS = [
  'FORM_TANDEM',
  'TAKE_BASELINE_SELF_ASSESSMENT',
  'BOOK_NATIONAL_TRAINING',
  'ATTEND_JOINT_MODULE',
  'GIVE_FEEDBACK',
  'TAKE_FINAL_SELF_ASSESSMENT',
  'GET_CERTIFICATE',
  'SCHEDULE_SESSIONS',
  'RECORD_ATTENDANCE',
  'REVIEW_SESSION_FEEDBACK',
  'SUBMIT_NATIONAL_PROGRAMME',
  'INVITE_TUTORS',
  'FOLLOW_COUNTRY_PROGRESS',
  'RECORD_FINDINGS',
  'REVIEW_NATIONAL_PROGRAMMES',
  'ADVANCE_CYCLE',
  'TRACK_TARGET',
  'FOLLOW_ORGANISATION_PROGRESS',
  'ANALYSE_FEEDBACK',
  'VIEW_DASHBOARDS',
] as const;
export type NextStepKind = (typeof NEXT_STEP_KINDS)[number];

type Stage =
  | 'PREPARATION'
  | 'NATIONAL_PROGRAMMES'
  | 'NATIONAL_TRAININGS'
  | 'JOINT_MODULE'
  | 'INTERIM_ANALYSIS'
  | 'FINAL_EVALUATION'
  | 'POLICY_RECOMMENDATIONS';

function stageOf(kind: CyclePhaseKind): Stage {
  if (kind.startsWith('NATIONAL_TRAININGS')) return 'NATIONAL_TRAININGS';
  if (kind.startsWith('JOINT_MODULE')) return 'JOINT_MODULE';
  if (kind.startsWith('INTERIM_ANALYSIS')) return 'INTERIM_ANALYSIS';
  if (kind === 'NATIONAL_PROGRAMMES' || kind === 'FINAL_EVALUATION' || kind === 'POLICY_RECOMMENDATIONS') return kind;
  return 'PREPARATION';
}

const STEPS: Record<Role, Partial<Record<Stage, NextStepKind[]>>> = {
  TUTOR: {
    PREPARATION: ['FORM_TANDEM', 'TAKE_BASELINE_SELF_ASSESSMENT'],
    NATIONAL_PROGRAMMES: ['FORM_TANDEM', 'TAKE_BASELINE_SELF_ASSESSMENT'],
    NATIONAL_TRAININGS: ['FORM_TANDEM', 'TAKE_BASELINE_SELF_ASSESSMENT', 'BOOK_NATIONAL_TRAINING'],
    JOINT_MODULE: ['ATTEND_JOINT_MODULE'],
    INTERIM_ANALYSIS: ['GIVE_FEEDBACK'],
    FINAL_EVALUATION: ['TAKE_FINAL_SELF_ASSESSMENT', 'GIVE_FEEDBACK'],
    POLICY_RECOMMENDATIONS: ['GET_CERTIFICATE'],
  },
  TRAINER: {
    PREPARATION: ['SCHEDULE_SESSIONS'],
    NATIONAL_PROGRAMMES: ['SCHEDULE_SESSIONS'],
    NATIONAL_TRAININGS: ['SCHEDULE_SESSIONS', 'RECORD_ATTENDANCE'],
    JOINT_MODULE: ['RECORD_ATTENDANCE'],
    INTERIM_ANALYSIS: ['REVIEW_SESSION_FEEDBACK'],
    FINAL_EVALUATION: ['REVIEW_SESSION_FEEDBACK'],
  },
  COORDINATOR: {
    PREPARATION: ['SUBMIT_NATIONAL_PROGRAMME', 'INVITE_TUTORS'],
    NATIONAL_PROGRAMMES: ['SUBMIT_NATIONAL_PROGRAMME', 'INVITE_TUTORS'],
    NATIONAL_TRAININGS: ['FOLLOW_COUNTRY_PROGRESS', 'INVITE_TUTORS'],
    JOINT_MODULE: ['FOLLOW_COUNTRY_PROGRESS'],
    INTERIM_ANALYSIS: ['RECORD_FINDINGS'],
    FINAL_EVALUATION: ['FOLLOW_COUNTRY_PROGRESS'],
    POLICY_RECOMMENDATIONS: ['FOLLOW_COUNTRY_PROGRESS'],
  },
  ADMIN: {
    PREPARATION: ['ADVANCE_CYCLE'],
    NATIONAL_PROGRAMMES: ['REVIEW_NATIONAL_PROGRAMMES', 'ADVANCE_CYCLE'],
    NATIONAL_TRAININGS: ['TRACK_TARGET', 'ADVANCE_CYCLE'],
    JOINT_MODULE: ['TRACK_TARGET', 'ADVANCE_CYCLE'],
    INTERIM_ANALYSIS: ['RECORD_FINDINGS', 'ADVANCE_CYCLE'],
    FINAL_EVALUATION: ['TRACK_TARGET', 'ADVANCE_CYCLE'],
    POLICY_RECOMMENDATIONS: ['ADVANCE_CYCLE'],
  },
  MANAGER: {
    NATIONAL_TRAININGS: ['FOLLOW_ORGANISATION_PROGRESS'],
    JOINT_MODULE: ['FOLLOW_ORGANISATION_PROGRESS'],
    INTERIM_ANALYSIS: ['FOLLOW_ORGANISATION_PROGRESS'],
    FINAL_EVALUATION: ['FOLLOW_ORGANISATION_PROGRESS'],
    PREPARATION: ['FOLLOW_ORGANISATION_PROGRESS'],
    NATIONAL_PROGRAMMES: ['FOLLOW_ORGANISATION_PROGRESS'],
  },
  RESEARCHER: {
    INTERIM_ANALYSIS: ['ANALYSE_FEEDBACK'],
    FINAL_EVALUATION: ['ANALYSE_FEEDBACK'],
    PREPARATION: ['ANALYSE_FEEDBACK'],
  },
  OBSERVER: {
    NATIONAL_TRAININGS: ['VIEW_DASHBOARDS'],
    JOINT_MODULE: ['VIEW_DASHBOARDS'],
    INTERIM_ANALYSIS: ['VIEW_DASHBOARDS'],
    FINAL_EVALUATION: ['VIEW_DASHBOARDS'],
    POLICY_RECOMMENDATIONS: ['VIEW_DASHBOARDS'],
  },
};

/** What the data says, where it changes the steps. Left out, the steps follow the phase alone. */
export interface NextStepSituation {
  /** For each country the viewer coordinates: the status of its newest programme revision, null when there is none. */
  ownNationalProgrammes?: (NationalProgrammeStatus | null)[];
  /** How many national programmes wait for an admin's decision. */
  submittedNationalProgrammes?: number;
}

const PROGRAMME_STAGES: readonly Stage[] = ['PREPARATION', 'NATIONAL_PROGRAMMES'];

/** Whether a step still needs doing, when the situation tells; undefined leaves it to the phase. */
function needed(kind: NextStepKind, stage: Stage, s: NextStepSituation): boolean | undefined {
  if (kind === 'SUBMIT_NATIONAL_PROGRAMME' && s.ownNationalProgrammes) {
    // Before the trainings a programme is due; later only a change in progress (a new revision) is.
    const due = PROGRAMME_STAGES.includes(stage) ? [null, 'DRAFT', 'RETURNED'] : ['DRAFT', 'RETURNED'];
    return s.ownNationalProgrammes.some((status) => due.includes(status));
  }
  if (kind === 'REVIEW_NATIONAL_PROGRAMMES' && s.submittedNationalProgrammes !== undefined)
    return s.submittedNationalProgrammes > 0;
  return undefined;
}

/** Steps the situation may call for in any phase (a submitted programme waits for the admin whenever it arrives). */
const SITUATIONAL: Partial<Record<Role, NextStepKind>> = {
  COORDINATOR: 'SUBMIT_NATIONAL_PROGRAMME',
  ADMIN: 'REVIEW_NATIONAL_PROGRAMMES',
};

export function nextStepsFor(
  roles: readonly Role[],
  phase: CyclePhaseKind | null,
  situation: NextStepSituation = {},
): { role: Role; kind: NextStepKind }[] {
  if (!phase) return [];
  const stage = stageOf(phase);
  const seen = new Set<Role>();
  return roles.flatMap((role) => {
    if (seen.has(role)) return [];
    seen.add(role);
    const byPhase = STEPS[role][stage] ?? [];
    const extra = SITUATIONAL[role];
    const candidates = extra && !byPhase.includes(extra) ? [extra, ...byPhase] : byPhase;
    return candidates
      .filter((kind) => needed(kind, stage, situation) ?? byPhase.includes(kind))
      .map((kind) => ({ role, kind }));
  });
}
