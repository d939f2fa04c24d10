import { graphql } from '@tandem/web-graphql';

export const CertificateFieldsFragment = graphql(`
  fragment CertificateFields on Certificate {
    id
    number
    publicId
    status
    personId
    holderName
    countryCode
    language
    programme
    edition
    editionId
    achievementName
    issuedAt
    issuedByHand
    issueNote
    revokedAt
    revocationReason
    replacedAt
    flaggedAt
    flaggedStatus
    verificationUrl
    linkedInUrl
    modules {
      code
      kind
      jointNumber
      title
      hours
    }
    competenceAreas
  }
`);

export const MyCertificatesQuery = graphql(`
  query MyCertificates {
    myCertificates {
      ...CertificateFields
    }
  }
`);

export const CertificatesQuery = graphql(`
  query Certificates($first: Int!, $after: String, $filter: CertificateFilterInput) {
    certificates(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...CertificateFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TrainedWithoutCertificateQuery = graphql(`
  query TrainedTutorsWithoutCertificate {
    trainedTutorsWithoutCertificate {
      editionId
      personId
      name
      countryCode
      trainedAt
    }
  }
`);

export const IssueCertificateMutation = graphql(`
  mutation IssueCertificate($input: IssueCertificateInput!) {
    issueCertificate(input: $input) {
      ...CertificateFields
    }
  }
`);

export const ReissueCertificateMutation = graphql(`
  mutation ReissueCertificate($input: ReissueCertificateInput!) {
    reissueCertificate(input: $input) {
      ...CertificateFields
    }
  }
`);

export const RevokeCertificateMutation = graphql(`
  mutation RevokeCertificate($input: RevokeCertificateInput!) {
    revokeCertificate(input: $input) {
      ...CertificateFields
    }
  }
`);

export const VerificationFieldsFragment = graphql(`
  fragment VerificationFields on CredentialVerification {
    verified
    revoked
    status
    reason
    revokedAt
    replacedAt
    certificate {
      publicId
      number
      holderName
      achievementName
      achievementDescription
      programme
      edition
      issuerName
      issuedAt
      modules {
        code
        kind
        jointNumber
        title
        hours
      }
      competenceAreas
    }
  }
`);

export const CertificateVerificationQuery = graphql(`
  query CertificateVerification($publicId: String!, $language: String) {
    certificateVerification(publicId: $publicId, language: $language) {
      ...VerificationFields
    }
  }
`);

export const CertificateVerificationByNumberQuery = graphql(`
  query CertificateVerificationByNumber($number: String!, $language: String) {
    certificateVerificationByNumber(number: $number, language: $language) {
      ...VerificationFields
    }
  }
`);

export const VerifyCredentialMutation = graphql(`
  mutation VerifyCredential($credential: JSON!, $language: String) {
    verifyCredential(credential: $credential, language: $language) {
      ...VerificationFields
    }
  }
`);
