import { LOCALES } from '@tandem/shared-domain';
import type { GlossaryEntry, GlossaryTerm } from './glossary-term.entity';
import type { GlossaryTermModel } from './glossary.model';

export interface GlossaryTermView {
  term: GlossaryTerm;
  entries: GlossaryEntry[];
  related: { id: string; entries: GlossaryEntry[] }[];
}

const order = (language: string) => (LOCALES as readonly string[]).indexOf(language);

/** The term in the reader's language, else English, else the first language it has. */
export function termIn(entries: readonly GlossaryEntry[], language: string): string {
  const pick =
    entries.find((e) => e.language === language) ??
    entries.find((e) => e.language === 'en') ??
    [...entries].sort((a, b) => order(a.language) - order(b.language))[0];
  return pick?.term ?? '';
}

export function toGlossaryTermModel(view: GlossaryTermView, language: string): GlossaryTermModel {
  const entries = [...view.entries].sort((a, b) => order(a.language) - order(b.language));
  return {
    id: view.term.id,
    domain: view.term.domain,
    entries: entries.map((e) => ({
      language: e.language,
      term: e.term,
      partOfSpeech: e.partOfSpeech,
      definition: e.definition,
      example: e.example,
      synonyms: e.synonyms,
      status: e.status,
    })),
    missingLanguages: LOCALES.filter((l) => !entries.some((e) => e.language === l)),
    related: view.related.map((r) => ({ id: r.id, term: termIn(r.entries, language) })),
  };
}
