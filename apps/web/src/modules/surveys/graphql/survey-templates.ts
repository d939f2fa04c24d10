import { graphql } from '@tandem/web-graphql';

export const SurveyTemplatesQuery = graphql(`
  query SurveyTemplates {
    surveyTemplates {
      id
      key
      kind
      title
      questionCount
      missingLanguages
      updatedAt
    }
  }
`);
