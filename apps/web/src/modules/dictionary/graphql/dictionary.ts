import { graphql } from '@tandem/web-graphql';

export const GlossaryTermFieldsFragment = graphql(`
  fragment GlossaryTermFields on GlossaryTerm {
    id
    domain
    missingLanguages
    entries {
      language
      term
      partOfSpeech
      definition
      example
      synonyms
      status
    }
  }
`);

/** The dictionary: every term matching `search` in any language, best first. */
export const GlossaryTermsQuery = graphql(`
  query GlossaryTerms($search: String, $domain: GlossaryDomain) {
    glossaryTerms(search: $search, domain: $domain) {
      ...GlossaryTermFields
    }
  }
`);

export const GlossaryTermQuery = graphql(`
  query GlossaryTerm($id: ID!) {
    glossaryTerm(id: $id) {
      ...GlossaryTermFields
      related {
        id
        term
      }
    }
  }
`);

export const ProposeGlossaryTermMutation = graphql(`
  mutation ProposeGlossaryTerm($input: SaveGlossaryTermInput!) {
    proposeGlossaryTerm(input: $input) {
      ...GlossaryTermFields
    }
  }
`);

export const SaveGlossaryTermMutation = graphql(`
  mutation SaveGlossaryTerm($input: SaveGlossaryTermInput!) {
    saveGlossaryTerm(input: $input) {
      ...GlossaryTermFields
    }
  }
`);

export const ReviewGlossaryEntryMutation = graphql(`
  mutation ReviewGlossaryEntry($id: ID!, $language: String!) {
    reviewGlossaryEntry(id: $id, language: $language) {
      ...GlossaryTermFields
    }
  }
`);

/** The dictionary terms standing in a page's texts (all of them in one request), for showing their translations. */
export const GlossaryMatchesQuery = graphql(`
  query GlossaryMatches($texts: [String!]!, $language: String!) {
    glossaryMatches(texts: $texts, language: $language) {
      phrase
      termId
      term {
        ...GlossaryTermFields
      }
    }
  }
`);
