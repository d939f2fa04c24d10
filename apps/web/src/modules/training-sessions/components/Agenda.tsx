import { useSuspenseQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AgendaQuery } from '../graphql/sessions';
import { SessionTable } from './SessionTable';

/** The trainer's agenda: own sessions (and, for coordinators, their country's), seats left, a link to each roster. */
export function Agenda() {
  const { t } = useTranslation();
  const [upcoming, setUpcoming] = useState(true);
  // Deferred: the checkbox answers at once; the current list stays on screen until the new one has loaded.
  const deferredUpcoming = useDeferredValue(upcoming);
  const { data } = useSuspenseQuery(AgendaQuery, {
    variables: { first: 100, upcoming: deferredUpcoming },
    fetchPolicy: 'cache-and-network',
  });
  const sessions = data.agenda.edges.map((e) => e.node);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Checkbox
          label={t('sessions.filters.upcomingOnly')}
          checked={upcoming}
          onChange={(e) => setUpcoming(e.currentTarget.checked)}
        />
        <Button component={Link} to="/sessions/new">
          {t('sessions.schedule.title')}
        </Button>
      </Group>
      {sessions.length ? (
        <SessionTable
          testId="agenda"
          sessions={sessions}
          action={(s) => (
            <Button
              component={Link}
              to={`/sessions/${s.id}`}
              size="xs"
              variant="light"
              aria-label={t('sessions.openRosterNamed', {
                module: s.moduleCode,
              })}
            >
              {t('sessions.openRoster')}
            </Button>
          )}
        />
      ) : (
        <Paper withBorder p="lg">
          <Text>{t('sessions.agendaNone')}</Text>
        </Paper>
      )}
    </Stack>
  );
}
