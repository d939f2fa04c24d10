import { graphql } from '@tandem/web-graphql';

export const NationalProgrammesQuery = graphql(`
  query NationalProgrammes($editionId: ID, $language: String) {
    nationalProgrammes(editionId: $editionId, language: $language) {
      id
      countryCode
      revision
      status
      inForce
      totalHours
      submittedAt
      decidedAt
    }
  }
`);

export const NationalProgrammeDetailFragment = graphql(`
  fragment NationalProgrammeDetail on NationalProgramme {
    id
    editionId
    countryCode
    revision
    status
    inForce
    lockVersion
    canEdit
    canSubmit
    canDecide
    createdAt
    submittedAt
    submittedByName
    decidedAt
    decidedByName
    returnComments
    totalContactHours
    totalSelfStudyHours
    totalHours
    items {
      moduleId
      position
      code
      title
      titleIsFallback
      kind
      number
      moduleVersion
      contactHours
      selfStudyHours
      totalHours
    }
    revisions {
      id
      revision
      status
      inForce
      createdAt
      submittedAt
      decidedAt
      decidedByName
      returnComments
    }
  }
`);

export const NationalProgrammeQuery = graphql(`
  query NationalProgramme($id: ID!, $language: String) {
    nationalProgramme(id: $id, language: $language) {
      ...NationalProgrammeDetail
    }
  }
`);

/** The published modules a country's programme may take: its national ones and the joint ones. */
export const ProgrammeModuleChoicesQuery = graphql(`
  query ProgrammeModuleChoices($editionId: ID!, $language: String) {
    modules(filter: { editionId: $editionId }, language: $language) {
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
      publishedVersion
    }
  }
`);

export const SaveNationalProgrammeMutation = graphql(`
  mutation SaveNationalProgramme($input: SaveNationalProgrammeInput!) {
    saveNationalProgramme(input: $input) {
      ...NationalProgrammeDetail
    }
  }
`);

export const SubmitNationalProgrammeMutation = graphql(`
  mutation SubmitNationalProgramme($id: ID!, $expectedLockVersion: Int) {
    submitNationalProgramme(id: $id, expectedLockVersion: $expectedLockVersion) {
      ...NationalProgrammeDetail
    }
  }
`);

export const ApproveNationalProgrammeMutation = graphql(`
  mutation ApproveNationalProgramme($id: ID!, $expectedLockVersion: Int) {
    approveNationalProgramme(id: $id, expectedLockVersion: $expectedLockVersion) {
      ...NationalProgrammeDetail
    }
  }
`);

export const ReturnNationalProgrammeMutation = graphql(`
  mutation ReturnNationalProgramme($id: ID!, $comments: String!, $expectedLockVersion: Int) {
    returnNationalProgramme(id: $id, comments: $comments, expectedLockVersion: $expectedLockVersion) {
      ...NationalProgrammeDetail
    }
  }
`);
