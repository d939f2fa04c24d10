import { graphql } from '@tandem/web-graphql';

export const ResourceSummaryFragment = graphql(`
  fragment ResourceSummary on Resource {
    id
    kind
    status
    title
    summary
    shownLanguage
    languages
    audience
    countryCode
    downloadCount
    createdAt
    reviewReason
    canReview
  }
`);

/** The toolbox (or, with filter.status PROPOSED, the review queue), a page at a time. */
export const ResourcesQuery = graphql(`
  query Resources($filter: ResourceFilter, $sort: ResourceSort!, $first: Int!, $after: String) {
    resources(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...ResourceSummary
        }
      }
    }
  }
`);

/** One resource in the reader's language, with its versions and the parts of a collection. */
export const ResourceQuery = graphql(`
  query Resource($id: ID!) {
    resource(id: $id) {
      ...ResourceSummary
      licence
      source
      author
      parentId
      position
      titles {
        language
        text
      }
      content {
        id
        language
        version
        body
        url
        createdAt
      }
      versions {
        id
        language
        version
        body
        url
        createdAt
      }
      items {
        id
        kind
        position
        title
      }
    }
  }
`);

export const RecordResourceDownloadMutation = graphql(`
  mutation RecordResourceDownload($id: ID!) {
    recordResourceDownload(id: $id)
  }
`);

export const ProposeResourceMutation = graphql(`
  mutation ProposeResource($input: ProposeResourceInput!) {
    proposeResource(input: $input) {
      ...ResourceSummary
    }
  }
`);

export const ReviewResourceMutation = graphql(`
  mutation ReviewResource($id: ID!, $decision: ResourceDecision!, $reason: String) {
    reviewResource(id: $id, decision: $decision, reason: $reason) {
      ...ResourceSummary
    }
  }
`);

/** The choices of the competence and module filters: the published profile and the module catalogue. */
export const ToolboxFilterOptionsQuery = graphql(`
  query ToolboxFilterOptions {
    competenceProfile {
      id
      areas {
        id
        competences {
          id
          code
          title
        }
      }
    }
    modules {
      id
      versionId
      language
      code
      title
    }
  }
`);

/** Resources suggested to the viewer (a tutor: for the competences rated lowest), for a module or overall. */
export const SuggestedResourcesQuery = graphql(`
  query SuggestedResources($moduleId: ID, $first: Int) {
    suggestedResources(moduleId: $moduleId, first: $first) {
      resource {
        id
        kind
        title
        shownLanguage
      }
      reasons {
        competenceId
        code
        title
        level
        scaleLevels
      }
    }
  }
`);
