import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { CheckIn } from '../modules/training-sessions/components/CheckIn';

/** `/sessions/:sessionId/check-in?code=…`: what the scanned QR code opens (sign-in first if needed). */
export function CheckInPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title={t('attendance.checkInTitle')} />
      <CheckIn sessionId={sessionId} code={params.get('code') ?? ''} />
    </>
  );
}
