import { useSuspenseQuery } from '@apollo/client/react';
import { Paper } from '@mantine/core';
import { PageHeader, useDocumentTitle } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ConsentForm } from '../modules/privacy/components/ConsentForm';
import { MyConsentsQuery } from '../modules/privacy/graphql/privacy';
import { safeNextPath } from '../modules/session/sign-in-path';

/**
 * `/consents?next=/…`: after signing in, once, while the person has not answered every consent
 * question; nothing is ticked in advance. Someone who has answered goes straight on to `next`.
 */
export function ConsentsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(params.get('next'));
  useDocumentTitle(t('privacy.consent.title'));
  const { data } = useSuspenseQuery(MyConsentsQuery, { fetchPolicy: 'network-only' });
  if (data.myConsents.every((c) => c.answered)) return <Navigate to={next} replace />;
  return (
    <>
      <PageHeader title={t('privacy.consent.title')} description={t('privacy.consent.intro')} />
      <Paper withBorder p="lg">
        <ConsentForm consents={data.myConsents} onSaved={() => void navigate(next, { replace: true })} />
      </Paper>
    </>
  );
}
