import { graphql } from '@tandem/web-graphql';

export const MyConsentsQuery = graphql(`
  query MyConsents {
    myConsents {
      purpose
      granted
      answered
      changedAt
    }
  }
`);

export const SetConsentsMutation = graphql(`
  mutation SetConsents($input: SetConsentsInput!) {
    setConsents(input: $input) {
      purpose
      granted
      answered
      changedAt
    }
  }
`);

export const MyDataExportsQuery = graphql(`
  query MyDataExports {
    myDataExports {
      id
      status
      progress
      requestedAt
      expiresAt
      expired
      downloadUrl
    }
  }
`);

export const RequestDataExportMutation = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      id
      status
      progress
      requestedAt
      expiresAt
      expired
      downloadUrl
    }
  }
`);
