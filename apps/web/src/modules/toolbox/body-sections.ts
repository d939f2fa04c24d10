export interface BodySection {
  /** The first line of a block when it reads as a heading ("How to start"), else null. */
  heading: string | null;
  paragraphs: string[];
}

const HEADING_MAX_LENGTH = 60;

/**
 * A resource's text is plain text: blocks separated by blank lines. A block whose first line is
 * short, has no final full stop and is followed by more lines is a heading with its text (the 12
 * ways: "What it is", "How to start", …), so a reader can skim them and a screen reader jump between them.
 */
export function bodySections(body: string | null | undefined): BodySection[] {
  if (!body) return [];
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()))
    .map((lines) => lines.filter(Boolean))
    .filter((lines) => lines.length > 0)
    .map((lines) => {
      const [first, ...rest] = lines;
      const isHeading = rest.length > 0 && first.length <= HEADING_MAX_LENGTH && !/[.!?:;]$/.test(first);
      return isHeading ? { heading: first, paragraphs: rest } : { heading: null, paragraphs: lines };
    });
}
