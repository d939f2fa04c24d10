import { useSuspenseQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnrollableTandemsQuery } from '../graphql/sessions';
import { useEnrolTandem } from '../hooks/useEnrolTandem';
import { BookingResult } from './BookingResult';

/** A coordinator enrols an ACTIVE tandem of their country on its behalf (also after the enrolment deadline). */
export function EnrolTandemPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(EnrollableTandemsQuery, {
    variables: { sessionId },
    fetchPolicy: 'cache-and-network',
  });
  const [tandemId, setTandemId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { enrol: enrolTandem, enrolling, failure } = useEnrolTandem(sessionId);
  const tandems = data.enrollableTandems;

  async function enrol() {
    setStatus(null);
    const enrolled = await enrolTandem(tandemId);
    setStatus(enrolled);
    setAttempt((n) => n + 1);
    if (enrolled) setTandemId('');
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('enrolments.onBehalf.title')}
        </Title>
        <BookingResult failure={failure} status={status} attempt={attempt} />
        {tandems.length ? (
          <Group align="flex-end">
            <NativeSelect
              label={t('enrolments.onBehalf.tandem')}
              value={tandemId}
              onChange={(e) => setTandemId(e.currentTarget.value)}
              data={[
                {
                  value: '',
                  label: t('enrolments.onBehalf.choose'),
                  disabled: true,
                },
                ...tandems.map((x) => ({ value: x.id, label: x.names })),
              ]}
            />
            <Button onClick={() => void enrol()} loading={enrolling} disabled={!tandemId}>
              {t('enrolments.onBehalf.submit')}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{t('enrolments.onBehalf.none')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
