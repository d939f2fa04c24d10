/**
 * Only http(s) addresses become links; anything else (a `javascript:` URL someone typed into a
 * form) is shown as text. Answers the normalised address, or null.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
