import type { CyclePhaseKind, CyclePhaseStatus } from '@tandem/web-graphql';

/** Catalogue keys: the API sends codes, the client names them in the viewer's language. */
export const phaseNameKey = (kind: CyclePhaseKind) => `cycle.phases.${kind}` as const;
export const phaseStatusKey = (status: CyclePhaseStatus) => `cycle.statuses.${status}` as const;

/**
 * Badge look per status. The text carries the meaning, the colour helps the eye; each pairing keeps
 * a contrast of at least 4.5:1 (Mantine's teal.6 or gray light badges would not).
 */
export const PHASE_STATUS_BADGES: Readonly<Record<CyclePhaseStatus, { color: string; variant: 'filled' | 'outline' }>> =
  {
    PLANNED: { color: 'gray', variant: 'outline' },
    OPEN: { color: 'teal', variant: 'filled' },
    DONE: { color: 'baltic.7', variant: 'outline' },
  };
