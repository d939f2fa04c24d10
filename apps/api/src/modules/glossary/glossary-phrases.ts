/**
 * Candidate phrases of a text for the dictionary look-up: every run of 1–4 words that stand next
 * to each other (only spaces between them, no punctuation), so a term is found as whole words only
 * ("darba" does not match inside "darbavieta") and never across a sentence break.
 */
export const MAX_PHRASE_WORDS = 4;
// A word: letters and digits, with inner hyphens or apostrophes ("work-based", "d'Arc").
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// Between the words of a phrase: spaces, at most one line break (a blank line ends a paragraph).
const ONLY_SPACE = /^[^\S\n]*\n?[^\S\n]*$/u;
// The longest dictionary term is 200 characters (the entry's limit): longer phrases cannot match.
const MAX_PHRASE_LENGTH = 200;

/** The phrase with its spaces collapsed: what is compared (folded in SQL) with the terms. */
export const normalPhrase = (phrase: string) => phrase.replace(/\s+/gu, ' ');

export function candidatePhrases(text: string): string[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    for (let n = 0; n < MAX_PHRASE_WORDS && i + n < words.length; n += 1) {
      const last = words[i + n];
      if (n > 0 && !ONLY_SPACE.test(text.slice(words[i + n - 1].end, last.start))) break;
      const phrase = normalPhrase(text.slice(words[i].start, last.end));
      if (phrase.length > MAX_PHRASE_LENGTH) break;
      out.push(phrase);
    }
  }
  return out;
}
