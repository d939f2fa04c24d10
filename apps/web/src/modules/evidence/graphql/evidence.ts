import { graphql } from '@tandem/web-graphql';

export const EvidenceSnapshotFieldsFragment = graphql(`
  fragment EvidenceSnapshotFields on EvidenceSnapshot {
    label
    groupSize
    takenAt
    question
    countryCode
    side
    value
    change
    changeCount
    quote
  }
`);

export const FindingFieldsFragment = graphql(`
  fragment FindingFields on Finding {
    id
    analysisId
    status
    statement
    language
    translations {
      language
      statement
    }
    priority
    countryCodes
    modules {
      id
      code
    }
    citations {
      id
      kind
      citedAt
      snapshot {
        ...EvidenceSnapshotFields
      }
    }
    comments {
      id
      authorName
      text
      createdAt
    }
    publishedAt
    lockVersion
    canEdit
    canComment
  }
`);

export const ImprovementActionFieldsFragment = graphql(`
  fragment ImprovementActionFields on ImprovementAction {
    id
    status
    change
    owner
    dueOn
    module {
      id
      code
    }
    moduleVersion {
      id
      version
      publishedAt
    }
    findings {
      id
      statement
      status
    }
    checkNote
    checkBefore {
      ...EvidenceSnapshotFields
    }
    checkAfter {
      ...EvidenceSnapshotFields
    }
    lockVersion
  }
`);

export const InterimAnalysisQuery = graphql(`
  query InterimAnalysis($editionId: ID) {
    interimAnalyses(editionId: $editionId) {
      id
      editionId
      phaseKind
      title
      periodStart
      periodEnd
      status
      publishedAt
    }
    findings(editionId: $editionId) {
      ...FindingFields
    }
    improvementActions(editionId: $editionId) {
      ...ImprovementActionFields
    }
  }
`);

export const YouSaidWeDidQuery = graphql(`
  query YouSaidWeDid {
    youSaidWeDid {
      editionId
      analyses {
        id
        title
        periodStart
        periodEnd
        publishedAt
      }
      findings {
        ...FindingFields
      }
      actions {
        ...ImprovementActionFields
      }
    }
  }
`);

export const CreateFindingMutation = graphql(`
  mutation CreateFinding($input: CreateFindingInput!) {
    createFinding(input: $input) {
      ...FindingFields
    }
  }
`);

export const AddCitationMutation = graphql(`
  mutation AddCitation($input: AddCitationInput!) {
    addCitation(input: $input) {
      ...FindingFields
    }
  }
`);

export const RemoveCitationMutation = graphql(`
  mutation RemoveCitation($citationId: ID!) {
    removeCitation(citationId: $citationId) {
      ...FindingFields
    }
  }
`);

export const PublishFindingMutation = graphql(`
  mutation PublishFinding($input: PublishFindingInput!) {
    publishFinding(input: $input) {
      ...FindingFields
    }
  }
`);

export const CommentOnFindingMutation = graphql(`
  mutation CommentOnFinding($input: CommentOnFindingInput!) {
    commentOnFinding(input: $input) {
      ...FindingFields
    }
  }
`);

export const CitationSurveyQuery = graphql(`
  query CitationSurvey($id: ID!) {
    survey(id: $id) {
      id
      questions {
        id
        code
        type
        text
      }
    }
  }
`);

export const SetFindingTranslationMutation = graphql(`
  mutation SetFindingTranslation($input: SetFindingTranslationInput!) {
    setFindingTranslation(input: $input) {
      ...FindingFields
    }
  }
`);
