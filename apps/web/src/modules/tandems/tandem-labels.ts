import type { TandemStatus, TandemSuggestionReason } from '@tandem/web-graphql';

/** Every value of the schema's enums, once: a value the API adds is a compile error until named. */
const STATUSES: Record<TandemStatus, true> = { FORMING: true, ACTIVE: true, COMPLETED: true, DISSOLVED: true };
export const TANDEM_STATUSES = Object.keys(STATUSES) as TandemStatus[];

const REASONS: Record<TandemSuggestionReason, true> = { SAME_CLUSTER: true, SAME_CITY: true, SAME_SECTOR: true };
/** Strongest first, as the API ranks them. */
export const SUGGESTION_REASONS = Object.keys(REASONS) as TandemSuggestionReason[];

export const tandemStatusKey = (status: TandemStatus) => `tandems.statuses.${status}` as const;
export const suggestionReasonKey = (reason: TandemSuggestionReason) => `tandems.reasons.${reason}` as const;

/** The text says what the status is; the colour only helps the eye (contrast ≥ 4.5:1 for each). */
export const TANDEM_STATUS_BADGES: Readonly<Record<TandemStatus, { color: string; variant: 'filled' | 'outline' }>> = {
  FORMING: { color: 'violet', variant: 'outline' },
  ACTIVE: { color: 'teal', variant: 'filled' },
  COMPLETED: { color: 'baltic.7', variant: 'outline' },
  DISSOLVED: { color: 'gray', variant: 'outline' },
};

export function isTandemStatus(value: string | null | undefined): value is TandemStatus {
  return !!value && value in STATUSES;
}
