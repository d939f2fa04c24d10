import type { MyNextStepKind } from '@tandem/web-graphql';

type StepKey = `myHome.steps.${
  Exclude<MyNextStepKind, 'SELF_ASSESSMENT'> | `SELF_ASSESSMENT_${'BASELINE' | 'AFTER_MODULE' | 'FINAL'}`}`;

/** The catalogue key of a tutor's step: self-assessments are named after their round. */
export function myStepKey(step: { kind: MyNextStepKind; roundKind?: string | null }): StepKey {
  if (step.kind === 'SELF_ASSESSMENT') {
    const round = step.roundKind === 'AFTER_MODULE' || step.roundKind === 'FINAL' ? step.roundKind : 'BASELINE';
    return `myHome.steps.SELF_ASSESSMENT_${round}`;
  }
  return `myHome.steps.${step.kind}`;
}

/** The calendar day (YYYY-MM-DD, UTC) of an instant, for the date formatter. */
export const dayOf = (instant: string): string => new Date(instant).toISOString().slice(0, 10);
