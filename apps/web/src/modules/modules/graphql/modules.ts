import { graphql } from '@tandem/web-graphql';

/**
 * The fields of a module shown in the catalogue. Apollo keys a Module by its version and language
 * (see app/apollo.ts): the published version and the draft of one module are different objects.
 */
export const ModuleSummaryFragment = graphql(`
  fragment ModuleSummary on Module {
    id
    versionId
    language
    code
    kind
    number
    countryCode
    title
    titleIsFallback
    contactHours
    selfStudyHours
    deliveryMode
    version
    status
    publishedVersion
    draftVersion
    canEdit
  }
`);

export const ModuleDetailFragment = graphql(`
  fragment ModuleDetail on Module {
    ...ModuleSummary
    editionId
    summary
    summaryIsFallback
    learningOutcomes
    learningOutcomesIsFallback
    changeReason
    publishedAt
    lockVersion
    texts {
      language
      title
      summary
      learningOutcomes
    }
    materials {
      id
      kind
      title
      url
      downloadUrl
      fileName
      sizeBytes
      contentType
    }
  }
`);

export const ModulesQuery = graphql(`
  query Modules($filter: ModuleFilter, $language: String) {
    modules(filter: $filter, language: $language) {
      ...ModuleSummary
    }
  }
`);

export const ModuleQuery = graphql(`
  query Module($id: ID!, $draft: Boolean!, $language: String) {
    module(id: $id, draft: $draft, language: $language) {
      ...ModuleDetail
    }
  }
`);

export const ModuleHistoryQuery = graphql(`
  query ModuleHistory($moduleId: ID!) {
    moduleHistory(moduleId: $moduleId) {
      id
      version
      status
      publishedAt
      changeReason
      changes {
        field
        before
        after
      }
      improvementActions {
        id
        change
        status
        findings {
          id
          statement
        }
      }
    }
  }
`);

export const ModuleEditionsQuery = graphql(`
  query ModuleEditions {
    editions {
      id
      name
      languages
      currentPhase {
        id
      }
    }
  }
`);

export const SaveModuleDraftMutation = graphql(`
  mutation SaveModuleDraft($input: SaveModuleDraftInput!) {
    saveModuleDraft(input: $input) {
      ...ModuleDetail
    }
  }
`);

export const PublishModuleMutation = graphql(`
  mutation PublishModule($input: PublishModuleInput!) {
    publishModule(input: $input) {
      ...ModuleDetail
    }
  }
`);

export const AddModuleMaterialLinkMutation = graphql(`
  mutation AddModuleMaterialLink($input: AddModuleMaterialLinkInput!) {
    addModuleMaterialLink(input: $input) {
      ...ModuleDetail
    }
  }
`);

export const RemoveModuleMaterialMutation = graphql(`
  mutation RemoveModuleMaterial($input: RemoveModuleMaterialInput!) {
    removeModuleMaterial(input: $input) {
      ...ModuleDetail
    }
  }
`);

export const CreateModuleMutation = graphql(`
  mutation CreateModule($input: CreateModuleInput!) {
    createModule(input: $input) {
      ...ModuleSummary
    }
  }
`);

/** The agreed improvement actions of an edition: those of one module prefill its change note. */
export const ModuleAgreedActionsQuery = graphql(`
  query ModuleAgreedActions($editionId: ID) {
    improvementActions(editionId: $editionId) {
      id
      status
      change
      module {
        id
      }
      findings {
        id
        statement
      }
    }
  }
`);
