import type { NextStepKind, Role } from '@tandem/web-graphql';

/** Every NextStepKind of the schema, once: a kind the API adds is a compile error here until named. */
const KINDS: Record<NextStepKind, true> = {
  FORM_TANDEM: true,
  TAKE_BASELINE_SELF_ASSESSMENT: true,
  BOOK_NATIONAL_TRAINING: true,
  ATTEND_JOINT_MODULE: true,
  GIVE_FEEDBACK: true,
  TAKE_FINAL_SELF_ASSESSMENT: true,
  GET_CERTIFICATE: true,
  SCHEDULE_SESSIONS: true,
  RECORD_ATTENDANCE: true,
  REVIEW_SESSION_FEEDBACK: true,
  SUBMIT_NATIONAL_PROGRAMME: true,
  INVITE_TUTORS: true,
  FOLLOW_COUNTRY_PROGRESS: true,
  RECORD_FINDINGS: true,
  REVIEW_NATIONAL_PROGRAMMES: true,
  ADVANCE_CYCLE: true,
  TRACK_TARGET: true,
  FOLLOW_ORGANISATION_PROGRESS: true,
  ANALYSE_FEEDBACK: true,
  VIEW_DASHBOARDS: true,
};
export const NEXT_STEP_KINDS = Object.keys(KINDS) as NextStepKind[];

export const nextStepKey = (kind: NextStepKind) => `nextSteps.${kind}` as const;

export interface NextStepItem {
  kind: NextStepKind;
  /** The roles that ask for this step, in the order the API listed them. */
  roles: Role[];
}

/**
 * The API lists steps per role; a person with two roles may get the same step twice (an admin
 * and a coordinator both record findings). Shown once, with both roles, in the API's order.
 */
export function groupNextSteps(steps: readonly { kind: NextStepKind; role: Role }[]): NextStepItem[] {
  const items = new Map<NextStepKind, NextStepItem>();
  for (const { kind, role } of steps) {
    const item = items.get(kind);
    if (!item) items.set(kind, { kind, roles: [role] });
    else if (!item.roles.includes(role)) item.roles.push(role);
  }
  return [...items.values()];
}
