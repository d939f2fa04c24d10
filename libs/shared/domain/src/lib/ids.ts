const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id of the API is a UUID: anything else (in an address, a query string) cannot name a record. */
export function isUuid(value: string | null | undefined): value is string {
  return !!value && UUID.test(value);
}
