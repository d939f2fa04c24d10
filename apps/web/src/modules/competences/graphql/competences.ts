import { graphql } from '@tandem/web-graphql';

export const CompetenceProfileQuery = graphql(`
  query CompetenceProfile($version: Int) {
    competenceProfile(version: $version) {
      id
      version
      status
      scaleLevels
      levelNames
      publishedAt
      areas {
        id
        code
        title
        missingLanguages
        competences {
          id
          code
          title
          description
          levels
          areaCode
          missingLanguages
        }
      }
    }
  }
`);

export const CompetenceInsightsQuery = graphql(`
  query CompetenceInsights($roundId: ID!) {
    competenceInsights(roundId: $roundId) {
      minGroupSize
      countryCodes
      round {
        id
        kind
        moduleNumber
      }
      competences {
        id
        code
        title
        areaCode
      }
      cells {
        competenceCode
        countryCode
        side
        suppressed
        count
        meanLevel
        changeSuppressed
        changeCount
        meanChange
      }
    }
  }
`);
