import { useMutation } from '@apollo/client/react';
import {
  CertificatesQuery,
  IssueCertificateMutation,
  ReissueCertificateMutation,
  RevokeCertificateMutation,
  TrainedWithoutCertificateQuery,
} from '../graphql/certificates';

const refetchQueries = [CertificatesQuery, TrainedWithoutCertificateQuery];

/** The coordinator's (and ADMIN's) use cases: revoke with a reason, re-issue after a correction, issue by hand. */
export function useRevokeCertificate() {
  const [run, state] = useMutation(RevokeCertificateMutation, { refetchQueries });
  return [
    (certificateId: string, reason: string) => run({ variables: { input: { certificateId, reason } } }),
    state,
  ] as const;
}

export function useReissueCertificate() {
  const [run, state] = useMutation(ReissueCertificateMutation, { refetchQueries });
  return [
    (certificateId: string, note: string) => run({ variables: { input: { certificateId, note } } }),
    state,
  ] as const;
}

export function useIssueCertificate() {
  const [run, state] = useMutation(IssueCertificateMutation, { refetchQueries });
  return [
    (editionId: string, personId: string) => run({ variables: { input: { editionId, personId } } }),
    state,
  ] as const;
}
