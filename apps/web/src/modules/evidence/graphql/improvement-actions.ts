import { graphql } from '@tandem/web-graphql';

export const CreateImprovementActionMutation = graphql(`
  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {
    createImprovementAction(input: $input) {
      ...ImprovementActionFields
    }
  }
`);

export const UpdateImprovementActionMutation = graphql(`
  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {
    updateImprovementAction(input: $input) {
      ...ImprovementActionFields
    }
  }
`);

export const SetImprovementActionStatusMutation = graphql(`
  mutation SetImprovementActionStatus($input: SetImprovementActionStatusInput!) {
    setImprovementActionStatus(input: $input) {
      ...ImprovementActionFields
    }
  }
`);

/**
 * The modules an action can change: the edition's joint and national modules (a Module is cached
 * by its version and language, so both are asked for).
 */
export const ActionModulesQuery = graphql(`
  query ActionModules($editionId: ID) {
    modules(filter: { editionId: $editionId }) {
      id
      versionId
      language
      code
      title
    }
  }
`);

/** The published versions of a module, one of which carries a DONE action's change. */
export const ActionModuleVersionsQuery = graphql(`
  query ActionModuleVersions($moduleId: ID!) {
    moduleHistory(moduleId: $moduleId) {
      id
      version
      status
      publishedAt
    }
  }
`);
