/** A piece of a plain-text e-mail: text, or a link (with the in-app path where it points into Tandem). */
export type BodyPart =
  { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string; appPath: string | null };

const URL_PATTERN = /https?:\/\/[^\s<>"')]+/g;

/** Paths of this app that e-mails link to; followed inside the app, whatever host the mail names. */
const APP_PATHS = [/^\/invitation\/[\w-]+$/, /^\/reset-password\/[\w-]+$/];

/**
 * Splits a text body into text and links, so the outbox can make the links followable. A link to
 * an invitation or a reset page opens here, even where the mail names another host (PUBLIC_URL).
 */
export function splitMessageBody(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0;
    // A full stop or comma after a link ends the sentence, not the link.
    const url = match[0].replace(/[.,;:!?]+$/, '');
    if (index > last) parts.push({ kind: 'text', text: body.slice(last, index) });
    parts.push({ kind: 'link', href: url, text: url, appPath: appPathOf(url) });
    last = index + url.length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}

function appPathOf(url: string): string | null {
  try {
    const { pathname } = new URL(url);
    return APP_PATHS.some((pattern) => pattern.test(pathname)) ? pathname : null;
  } catch {
    return null;
  }
}
