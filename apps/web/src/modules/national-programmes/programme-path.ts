/** The API's ids are UUIDs; anything else in the address cannot name a programme revision. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isProgrammeId(value: string | undefined): value is string {
  return !!value && UUID.test(value);
}

export function nationalProgrammePath(id: string): string {
  return `/national-programmes/${id}`;
}
