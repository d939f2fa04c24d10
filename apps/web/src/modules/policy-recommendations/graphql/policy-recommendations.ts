import { graphql } from '@tandem/web-graphql';

export const PolicyRecommendationFieldsFragment = graphql(`
  fragment PolicyRecommendationFields on PolicyRecommendation {
    id
    title
    text
    language
    audience
    countryCode
    status
    findings {
      id
      statement
      language
      citations {
        id
        kind
        snapshot {
          ...EvidenceSnapshotFields
        }
      }
    }
    citations {
      id
      kind
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
    consultationStartedAt
    publishedAt
    lockVersion
    canEdit
    canComment
  }
`);

export const PolicyRecommendationsQuery = graphql(`
  query PolicyRecommendations {
    policyRecommendations {
      ...PolicyRecommendationFields
    }
    policyBriefs {
      audience
      countryCode
      recommendationCount
    }
  }
`);

/** The published findings a recommendation may rest on (for the editor). */
export const RecommendableFindingsQuery = graphql(`
  query RecommendableFindings {
    findings {
      id
      status
      statement
    }
  }
`);

export const PolicyBriefQuery = graphql(`
  query PolicyBrief($audience: PolicyRecommendationAudience!, $countryCode: String) {
    policyBrief(audience: $audience, countryCode: $countryCode) {
      editionId
      editionName
      audience
      countryCode
      evidenceCount
      publishedAt
      pdfPath
      recommendations {
        ...PolicyRecommendationFields
      }
    }
  }
`);

export const CreatePolicyRecommendationMutation = graphql(`
  mutation CreatePolicyRecommendation($input: CreatePolicyRecommendationInput!) {
    createPolicyRecommendation(input: $input) {
      ...PolicyRecommendationFields
    }
  }
`);

export const UpdatePolicyRecommendationMutation = graphql(`
  mutation UpdatePolicyRecommendation($input: UpdatePolicyRecommendationInput!) {
    updatePolicyRecommendation(input: $input) {
      ...PolicyRecommendationFields
    }
  }
`);

export const CiteInPolicyRecommendationMutation = graphql(`
  mutation CiteInPolicyRecommendation($input: CiteInPolicyRecommendationInput!) {
    citeInPolicyRecommendation(input: $input) {
      ...PolicyRecommendationFields
    }
  }
`);

export const RemovePolicyRecommendationCitationMutation = graphql(`
  mutation RemovePolicyRecommendationCitation($citationId: ID!) {
    removePolicyRecommendationCitation(citationId: $citationId) {
      ...PolicyRecommendationFields
    }
  }
`);

export const SetPolicyRecommendationStatusMutation = graphql(`
  mutation SetPolicyRecommendationStatus($input: SetPolicyRecommendationStatusInput!) {
    setPolicyRecommendationStatus(input: $input) {
      ...PolicyRecommendationFields
    }
  }
`);

export const CommentOnPolicyRecommendationMutation = graphql(`
  mutation CommentOnPolicyRecommendation($input: CommentOnPolicyRecommendationInput!) {
    commentOnPolicyRecommendation(input: $input) {
      ...PolicyRecommendationFields
    }
  }
`);
