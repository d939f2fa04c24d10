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

export const MyErasureRequestQuery = graphql(`
  query MyErasureRequest {
    myErasureRequest {
      id
      status
      requestedAt
    }
  }
`);

export const RequestErasureMutation = graphql(`
  mutation RequestErasure {
    requestErasure {
      id
      status
      requestedAt
    }
  }
`);

export const ErasureRequestsQuery = graphql(`
  query ErasureRequests {
    erasureRequests {
      id
      status
      requestedAt
      personName
      holds {
        certificates
        attendance
        sharedSubmissions
      }
    }
  }
`);

export const ConfirmErasureMutation = graphql(`
  mutation ConfirmErasure($id: ID!) {
    confirmErasure(id: $id) {
      id
      status
      personName
    }
  }
`);
