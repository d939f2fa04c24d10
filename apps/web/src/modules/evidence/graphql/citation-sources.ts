import { graphql } from '@tandem/web-graphql';

/** What a competence aggregate can cite: the profile's competences and the edition's rounds. */
export const CitationCompetenceSourcesQuery = graphql(`
  query CitationCompetenceSources($editionId: ID) {
    competenceProfile {
      id
      areas {
        code
        title
        competences {
          code
          title
        }
      }
    }
    assessmentRounds(editionId: $editionId) {
      id
      kind
      moduleNumber
    }
  }
`);

/** The free-text answers a results page shows for a group: the only ones a quote may cite. */
export const CitationQuotesQuery = graphql(`
  query CitationQuotes($surveyId: ID!, $countryCode: String, $side: String) {
    surveyResults(surveyId: $surveyId, countryCode: $countryCode, side: $side) {
      surveyId
      questions {
        id
        suppressed
        texts
      }
    }
  }
`);
