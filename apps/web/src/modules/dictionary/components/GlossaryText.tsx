import { Fragment } from 'react';
import { glossarySegments } from '../glossary-segments';
import type { GlossaryTermsByPhrase } from '../hooks/useDictionary';
import { GlossaryTermPopover } from './GlossaryTermPopover';

/**
 * A plain text (line breaks kept by the caller's `white-space: pre-wrap`) with each dictionary term
 * found in it shown as a term with its translations. Without terms (still loading, none found) it is
 * just the text.
 */
export function GlossaryText({ text, terms }: { text: string; terms: GlossaryTermsByPhrase }) {
  if (!terms.size) return text;
  return (
    <>
      {glossarySegments(text, [...terms.keys()]).map((s, i) => {
        const found = s.phrase === undefined ? undefined : terms.get(s.phrase);
        return found ? (
          <GlossaryTermPopover key={i} phrase={s.text} terms={found} />
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        );
      })}
    </>
  );
}
