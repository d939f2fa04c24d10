import { useSuspenseQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { MoveTargetsQuery, SessionRosterQuery } from '../graphql/sessions';
import { useMoveEnrolment } from '../hooks/useMoveEnrolment';
import { BookingResult } from './BookingResult';

/**
 * A coordinator moves a tandem's enrolment to another session of the same module (say, a date that
 * suits the company's shifts). The move is one transaction: the seats here free up and go to the
 * waitlist; there, the tandem is confirmed or waits in turn.
 */
export function MoveEnrolmentPanel({ sessionId, moduleId }: { sessionId: string; moduleId: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const roster = useSuspenseQuery(SessionRosterQuery, { variables: { sessionId }, fetchPolicy: 'cache-and-network' });
  const targets = useSuspenseQuery(MoveTargetsQuery, { variables: { moduleId }, fetchPolicy: 'cache-and-network' });
  const [enrolmentId, setEnrolmentId] = useState('');
  const [toSessionId, setToSessionId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { move, moving, failure } = useMoveEnrolment();
  const enrolments = roster.data.sessionRoster.enrolments.filter((e) => e.tandemId && e.status !== 'CANCELLED');
  const sessions = targets.data.trainingSessions.edges
    .map((e) => e.node)
    .filter((s) => s.id !== sessionId && s.status === 'SCHEDULED');

  async function submit() {
    setStatus(null);
    const moved = await move(enrolmentId, toSessionId);
    setStatus(moved);
    setAttempt((n) => n + 1);
    if (moved) {
      setEnrolmentId('');
      setToSessionId('');
    }
  }

  if (!enrolments.length) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="move-enrolment">
      <Stack gap="xs">
        <Title order={2} size="h4" id="move-enrolment">
          {t('enrolments.move.title')}
        </Title>
        <BookingResult failure={failure} status={status} attempt={attempt} />
        {sessions.length ? (
          <Group align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('enrolments.move.tandem')}
              value={enrolmentId}
              onChange={(e) => setEnrolmentId(e.currentTarget.value)}
              data={[
                { value: '', label: t('enrolments.move.chooseTandem'), disabled: true },
                ...enrolments.map((e) => ({ value: e.id, label: e.people.map((p) => p.name).join(' & ') })),
              ]}
            />
            <NativeSelect
              label={t('enrolments.move.to')}
              value={toSessionId}
              onChange={(e) => setToSessionId(e.currentTarget.value)}
              data={[
                { value: '', label: t('enrolments.move.chooseSession'), disabled: true },
                ...sessions.map((s) => ({
                  value: s.id,
                  label: t('enrolments.move.option', {
                    date: format.dateTime(s.startsAt),
                    venue: s.venue ?? t('enrolments.move.online'),
                    seats: String(s.seatsLeft),
                  }),
                })),
              ]}
            />
            <Button onClick={() => void submit()} loading={moving} disabled={!enrolmentId || !toSessionId}>
              {t('enrolments.move.submit')}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{t('enrolments.move.noOther')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
