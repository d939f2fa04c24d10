import { isUuid } from '@tandem/shared-domain';

/** The API's ids are UUIDs; anything else in the address cannot name an edition. */
export function isEditionId(value: string | undefined): value is string {
  return isUuid(value);
}

export function editionPath(id: string): string {
  return `/editions/${id}`;
}
