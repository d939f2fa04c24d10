import { Alert, Anchor, Loader } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCheckIn } from '../hooks/useCheckIn';

/** Opened from the scanned QR code: checks the signed-in tutor in once. */
export function CheckIn({ sessionId, code }: { sessionId: string; code: string }) {
  const { t } = useTranslation();
  const state = useCheckIn(sessionId, code);
  if (state === 'pending') return <Loader aria-label={t('attendance.checkingIn')} />;
  if (state === 'done')
    return (
      <Alert color="green" role="status" data-testid="checked-in">
        {t('attendance.checkedIn')}{' '}
        <Anchor component={Link} to={`/sessions/${sessionId}`}>
          {t('attendance.toSession')}
        </Anchor>
      </Alert>
    );
  const message =
    state.code === 'CHECK_IN_CODE_EXPIRED'
      ? t('attendance.errors.CHECK_IN_CODE_EXPIRED')
      : state.code === 'CHECK_IN_CODE_INVALID'
        ? t('attendance.errors.CHECK_IN_CODE_INVALID')
        : undefined;
  return <ErrorAlert error={state} message={message} />;
}
