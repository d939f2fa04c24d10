import { isUuid } from '@tandem/shared-domain';
import type { NetworkApplicationStatus } from '@tandem/web-graphql';

const STATUSES: Record<NetworkApplicationStatus, true> = { PENDING: true, APPROVED: true, REJECTED: true };
/** Every status of the schema, once: a new one is a compile error here until it is named. */
export const APPLICATION_STATUSES = Object.keys(STATUSES) as NetworkApplicationStatus[];

export const applicationStatusKey = (status: NetworkApplicationStatus) =>
  `networkApplication.statuses.${status}` as const;

export function isApplicationStatus(value: string | null | undefined): value is NetworkApplicationStatus {
  return !!value && value in STATUSES;
}

/** The API's ids are UUIDs; anything else in the address cannot name an application. */
export function isApplicationId(value: string | undefined): value is string {
  return isUuid(value);
}
