import { isUuid } from '@tandem/shared-domain';

/** The API's ids are UUIDs; anything else in the address cannot name a programme revision. */
export function isProgrammeId(value: string | undefined): value is string {
  return isUuid(value);
}

export function nationalProgrammePath(id: string): string {
  return `/national-programmes/${id}`;
}
