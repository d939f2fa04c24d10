/** The API's ids are UUIDs; anything else in the address cannot name an edition. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isEditionId(value: string | undefined): value is string {
  return !!value && UUID.test(value);
}

export function editionPath(id: string): string {
  return `/editions/${id}`;
}
