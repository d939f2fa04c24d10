import { useQuery } from '@apollo/client/react';
import type { GlossaryDomain } from '@tandem/web-graphql';
import { toAppError } from '../../errors/to-app-error';
import { useAction } from '../../operations/hooks/useAction';
import {
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
