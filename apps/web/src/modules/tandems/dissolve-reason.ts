/** The API requires a reason and stores at most this many characters. */
export const DISSOLVE_REASON_MAX_LENGTH = 1000;

export type DissolveReasonCheck =
  { ok: true; reason: string } | { ok: false; error: 'tandems.dissolve.reasonRequired' };

/** A reason is required: blank or whitespace only is refused before the server is asked. */
export function checkDissolveReason(value: string): DissolveReasonCheck {
  const reason = value.trim();
  return reason
    ? { ok: true, reason: reason.slice(0, DISSOLVE_REASON_MAX_LENGTH) }
    : { ok: false, error: 'tandems.dissolve.reasonRequired' };
}
