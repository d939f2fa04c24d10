import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { TrainedWithoutCertificateQuery } from '../graphql/certificates';
import { useIssueCertificate } from '../hooks/useCertificateActions';

/** TRAINED tutors the job has not reached yet (it runs every minute): a coordinator may issue at once. */
export function TrainedWithoutCertificate() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useQuery(TrainedWithoutCertificateQuery, { fetchPolicy: 'cache-and-network' });
  const [issue, { loading }] = useIssueCertificate();
  const [failure, setFailure] = useState<AppError | null>(null);
  const waiting = data?.trainedTutorsWithoutCertificate ?? [];
  if (!waiting.length) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="trained-without-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="trained-without-heading">
          {t('certificates.manage.waitingTitle', { count: waiting.length })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('certificates.manage.waitingIntro')}
        </Text>
        {failure && <ErrorAlert error={failure} />}
        {waiting.slice(0, 10).map((w) => (
          <Group key={w.personId} justify="space-between">
            <Text size="sm">
              {w.name} · {format.country(w.countryCode)} · {format.dateTime(w.trainedAt)}
            </Text>
            <Button
              size="xs"
              loading={loading}
              onClick={() => issue(w.editionId, w.personId).catch((e: unknown) => setFailure(toAppError(e)))}
            >
              {t('certificates.manage.issueNow')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
