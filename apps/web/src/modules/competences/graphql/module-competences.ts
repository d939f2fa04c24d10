import { graphql } from '@tandem/web-graphql';

export const ModuleCompetencesQuery = graphql(`
  query ModuleCompetences($moduleId: ID!) {
    moduleCompetences(moduleId: $moduleId) {
      moduleId
      canEdit
      competences {
        id
        code
        title
      }
    }
  }
`);

export const SetModuleCompetencesMutation = graphql(`
  mutation SetModuleCompetences($input: SetModuleCompetencesInput!) {
    setModuleCompetences(input: $input) {
      moduleId
      canEdit
      competences {
        id
        code
        title
      }
    }
  }
`);
