import { graphql } from '@tandem/web-graphql';

export const CompetenceProfilesQuery = graphql(`
  query CompetenceProfiles {
    competenceProfiles {
      id
      version
      status
      competenceCount
      publishedAt
    }
  }
`);

export const EditableProfileFieldsFragment = graphql(`
  fragment EditableProfileFields on CompetenceProfile {
    id
    version
    status
    scaleLevels
    canEdit
    levelNameTexts {
      language
      title
      description
      levels
    }
    areas {
      id
      code
      missingLanguages
      texts {
        language
        title
        description
        levels
      }
      competences {
        id
        code
        missingLanguages
        texts {
          language
          title
          description
          levels
        }
      }
    }
  }
`);

export const EditableProfileQuery = graphql(`
  query EditableProfile($version: Int!) {
    competenceProfile(version: $version) {
      ...EditableProfileFields
    }
  }
`);

export const CreateCompetenceProfileDraftMutation = graphql(`
  mutation CreateCompetenceProfileDraft {
    createCompetenceProfileDraft {
      ...EditableProfileFields
    }
  }
`);

export const SaveCompetenceProfileDraftMutation = graphql(`
  mutation SaveCompetenceProfileDraft($input: SaveCompetenceProfileDraftInput!) {
    saveCompetenceProfileDraft(input: $input) {
      ...EditableProfileFields
    }
  }
`);

export const PublishCompetenceProfileMutation = graphql(`
  mutation PublishCompetenceProfile($input: PublishCompetenceProfileInput!) {
    publishCompetenceProfile(input: $input) {
      ...EditableProfileFields
    }
  }
`);
