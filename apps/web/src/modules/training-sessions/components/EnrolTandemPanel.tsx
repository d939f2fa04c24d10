import { useMutation, useSuspenseQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { BookSessionMutation, EnrollableTandemsQuery } from '../graphql/sessions';
import { BookingResult } from './BookingResult';
import type { AppError } from '@tandem/web-ui';

/** A coordinator enrols an ACTIVE tandem of their country on its behalf (also after the enrolment deadline). */
export function EnrolTandemPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(EnrollableTandemsQuery, {
    variables: { sessionId },
    fetchPolicy: 'cache-and-network',
  });
  const [tandemId, setTandemId] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [book, { loading }] = useMutation(BookSessionMutation, {
    refetchQueries: ['EnrollableTandems', 'TrainingSession', 'SessionRoster'],
    awaitRefetchQueries: true,
  });
  const tandems = data.enrollableTandems;

  async function enrol() {
    setFailure(null);
    setStatus(null);
    try {
      const res = await book({ variables: { input: { sessionId, tandemId } } });
      setStatus(res.data?.bookSession.status ?? null);
      setTandemId('');
    } catch (e) {
      setFailure(toAppError(e));
    }
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('enrolments.onBehalf.title')}
        </Title>
        <BookingResult failure={failure} status={status} />
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
            <Button onClick={() => void enrol()} loading={loading} disabled={!tandemId}>
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
