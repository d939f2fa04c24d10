import { LOCALES, type Locale } from '@tandem/shared-domain';
import type {
  GlossaryDomain,
  GlossaryEntryInput,
  GlossaryTermFieldsFragment,
  PartOfSpeech,
  SaveGlossaryTermInput,
} from '@tandem/web-graphql';

export interface EntryDraft {
  term: string;
  partOfSpeech: PartOfSpeech | '';
  definition: string;
  example: string;
  /** Comma-separated, as the person types them. */
  synonyms: string;
}

export interface TermDraft {
  domain: GlossaryDomain;
  entries: Record<Locale, EntryDraft>;
}

const emptyEntry = (): EntryDraft => ({ term: '', partOfSpeech: '', definition: '', example: '', synonyms: '' });

/** A form for a term: its entries as they are, the missing languages empty. */
export function termDraft(term?: Pick<GlossaryTermFieldsFragment, 'domain' | 'entries'>): TermDraft {
  const entries = Object.fromEntries(LOCALES.map((l) => [l, emptyEntry()])) as Record<Locale, EntryDraft>;
  for (const e of term?.entries ?? []) {
    if (!(LOCALES as readonly string[]).includes(e.language)) continue;
    entries[e.language as Locale] = {
      term: e.term,
      partOfSpeech: e.partOfSpeech ?? '',
      definition: e.definition ?? '',
      example: e.example ?? '',
      synonyms: e.synonyms.join(', '),
    };
  }
  return { domain: term?.domain ?? 'WBL', entries };
}

const splitSynonyms = (text: string) => [
  ...new Set(
    text
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/**
 * The API's input: only the languages with a term, in the order en, et, lv, lt, ru. `only` keeps
 * the languages a proposal may add (those the term lacks); an editor sends every language.
 */
export function toSaveGlossaryTermInput(
  draft: TermDraft,
  { id, only }: { id?: string; only?: readonly string[] } = {},
): SaveGlossaryTermInput {
  const entries: GlossaryEntryInput[] = LOCALES.filter((l) => !only || only.includes(l)).flatMap((language) => {
    const e = draft.entries[language];
    const term = e.term.trim();
    if (!term) return [];
    const definition = e.definition.trim();
    const example = e.example.trim();
    return [
      {
        language,
        term,
        ...(e.partOfSpeech && { partOfSpeech: e.partOfSpeech }),
        ...(definition && { definition }),
        ...(example && { example }),
        synonyms: splitSynonyms(e.synonyms),
      },
    ];
  });
  return { ...(id && { id }), domain: draft.domain, entries };
}
