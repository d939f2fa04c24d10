/**
 * A text cut into plain parts and the dictionary phrases the API found in it. The API returns the
 * phrases as they stand (spaces collapsed); here they are found again as whole words, longest first,
 * so "darba drošība" wins over a term "darba" inside it.
 */
export type GlossarySegment = { text: string; phrase?: undefined } | { text: string; phrase: string };

// Word boundaries as the API reads them: a word may hold inner hyphens and apostrophes.
const BEFORE = String.raw`(?<![\p{L}\p{N}]|[\p{L}\p{N}]['’-])`;
const AFTER = String.raw`(?![\p{L}\p{N}]|['’-][\p{L}\p{N}])`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The key a phrase is looked up by: lower case, spaces collapsed. */
export const phraseKey = (phrase: string) => phrase.replace(/\s+/gu, ' ').toLocaleLowerCase();

export function glossarySegments(text: string, phrases: readonly string[]): GlossarySegment[] {
  const distinct = [...new Set(phrases.map(phraseKey))].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!distinct.length || !text) return [{ text }];
  const pattern = new RegExp(
    `${BEFORE}(?:${distinct
      .map((p) =>
        p
          .split(' ')
          .map(escape)
          .join(String.raw`\s+`),
      )
      .join('|')})${AFTER}`,
    'giu',
  );
  const out: GlossarySegment[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[0], phrase: phraseKey(m[0]) });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
