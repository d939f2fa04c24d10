import { graphql } from '@tandem/web-graphql';

export const FinalEvaluationQuery = graphql(`
  query FinalEvaluation($editionId: ID, $language: String) {
    finalEvaluation(editionId: $editionId, language: $language) {
      editionId
      editionName
      scope
      countryCodes
      minGroupSize
      language
      computedAt
      competenceAreas {
        code
        title
      }
      competenceChange {
        areaCode
        countryCode
        side
        suppressed
        n
        meanBaseline
        meanFinal
        meanChange
        ciLow
        ciHigh
        effectSize
      }
      satisfactionQuestionCode
      satisfactionQuestion
      satisfaction {
        moduleId
        moduleCode
        jointNumber
        moduleVersion
        countryCode
        suppressed
        count
        mean
        shareHigh
      }
      completion {
        target
        trained
        registered
        cells {
          countryCode
          side
          registered
          trained
          target
        }
      }
      improvementActions {
        ...ImprovementActionFields
      }
      finalSurveyResults {
        surveyId
        countryCode
        suppressed
        responseCount
        questions {
          id
          code
          type
          text
          suppressed
          count
          mean
        }
      }
    }
  }
`);
