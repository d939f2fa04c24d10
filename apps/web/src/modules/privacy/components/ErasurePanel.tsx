import { Alert, Button, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useMyErasureRequest } from '../hooks/useErasure';
import { ConfirmDialog } from './ConfirmDialog';

/** The right to be erased: ask once (asked again, the same request answers), then see that it waits. */
export function ErasurePanel() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { request, error, ask, asking, failure } = useMyErasureRequest();
  const [confirming, setConfirming] = useState(false);

  return (
    <Stack gap="sm" data-testid="erasure">
      <Text>{t('privacy.erasure.intro')}</Text>
      {error && <ErrorAlert error={error} />}
      {failure && <ErrorAlert error={failure} />}
      {request ? (
        <Alert color="yellow" role="status">
          {t('privacy.erasure.waiting', { date: format.dateTime(request.requestedAt) })}
        </Alert>
      ) : (
        <div>
          <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
            {t('privacy.erasure.ask')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('privacy.erasure.askTitle')}
        confirmLabel={t('privacy.erasure.askConfirm')}
        confirming={asking}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void ask().then(() => setConfirming(false))}
      >
        {t('privacy.erasure.askBody')}
      </ConfirmDialog>
    </Stack>
  );
}
