import { useQuery } from '@apollo/client/react';
import type { GlossaryDomain, GlossaryTermFieldsFragment } from '@tandem/web-graphql';
import { useMemo } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { useAction } from '../../operations/hooks/useAction';
import { phraseKey } from '../glossary-segments';
import {
  GlossaryMatchesQuery,
  GlossaryTermQuery,
  GlossaryTermsQuery,
  ProposeGlossaryTermMutation,
  ReviewGlossaryEntryMutation,
  SaveGlossaryTermMutation,
} from '../graphql/dictionary';

/** The terms for a search; while a new search loads, the former results stay (dimmed by the caller). */
export function useGlossarySearch(search: string, domain: GlossaryDomain | null) {
  const result = useQuery(GlossaryTermsQuery, {
    variables: { ...(search && { search }), ...(domain && { domain }) },
  });
  const terms = (result.data ?? result.previousData)?.glossaryTerms ?? null;
  return {
    terms,
    stale: !result.data && !!terms,
    loading: result.loading,
    error: result.error ? toAppError(result.error) : null,
  };
}

const afterChange = { refetchQueries: [GlossaryTermsQuery, GlossaryTermQuery] };

export const useSaveGlossaryTerm = () => useAction(SaveGlossaryTermMutation, afterChange);
export const useProposeGlossaryTerm = () => useAction(ProposeGlossaryTermMutation, afterChange);
export const useReviewGlossaryEntry = () => useAction(ReviewGlossaryEntryMutation);

/** The terms of the dictionary found in a page's texts (one request for them all), by phrase. */
export type GlossaryTermsByPhrase = ReadonlyMap<string, GlossaryTermFieldsFragment[]>;
const NONE: GlossaryTermsByPhrase = new Map();

export function useGlossaryMatches(texts: readonly string[], language: string): GlossaryTermsByPhrase {
  const wanted = texts.filter((t) => t.trim());
  // The page reads without the terms while they load or if the look-up fails: they are an aid.
  const { data } = useQuery(GlossaryMatchesQuery, {
    variables: { texts: wanted, language },
    skip: !wanted.length,
  });
  return useMemo(() => {
    if (!data) return NONE;
    const byPhrase = new Map<string, GlossaryTermFieldsFragment[]>();
    for (const m of data.glossaryMatches) {
      const key = phraseKey(m.phrase);
      const terms = byPhrase.get(key) ?? [];
      if (!terms.some((t) => t.id === m.term.id)) byPhrase.set(key, [...terms, m.term]);
    }
    return byPhrase;
  }, [data]);
}
