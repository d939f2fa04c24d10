import { useLazyQuery, useMutation } from '@apollo/client/react';
import type { VerificationFieldsFragment } from '@tandem/web-graphql';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { CertificateVerificationByNumberQuery, VerifyCredentialMutation } from '../graphql/certificates';

/** The /verify page's two ways: a pasted or uploaded credential, or a certificate number. */
export function useVerification() {
  const language = useCurrentLocale();
  const [verifyCredential, credentialState] = useMutation(VerifyCredentialMutation);
  const [byNumber, numberState] = useLazyQuery(CertificateVerificationByNumberQuery, { fetchPolicy: 'network-only' });
  return {
    loading: credentialState.loading || numberState.loading,
    checkCredential: async (credential: unknown): Promise<VerificationFieldsFragment | null> =>
      (await verifyCredential({ variables: { credential, language } })).data?.verifyCredential ?? null,
    checkNumber: async (number: string): Promise<VerificationFieldsFragment | null> => {
      const res = await byNumber({ variables: { number, language } });
      if (res.error) throw res.error;
      return res.data?.certificateVerificationByNumber ?? null;
    },
  };
}
