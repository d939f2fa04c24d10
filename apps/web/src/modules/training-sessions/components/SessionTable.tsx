import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import type { TrainingSessionFieldsFragment } from '@tandem/web-graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { placeOf, shownStatus } from '../session-display';
import { SessionStatusBadge } from './SessionBadges';

/** Sessions as a table: module, time (viewer's zone), place, seats left; `action` adds a last column. */
export function SessionTable({
  sessions,
  action,
  testId,
}: {
  sessions: readonly TrainingSessionFieldsFragment[];
  action?: (session: TrainingSessionFieldsFragment) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sessions.fields.module')}</Table.Th>
            <Table.Th scope="col">{t('sessions.fields.startsAt')}</Table.Th>
            <Table.Th scope="col">{t('sessions.fields.place')}</Table.Th>
            <Table.Th scope="col">{t('sessions.fields.seatsLeft')}</Table.Th>
            <Table.Th scope="col">{t('sessions.fields.status')}</Table.Th>
            {action && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('sessions.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((s) => {
            const place = placeOf(s);
            return (
              <Table.Tr key={s.id} data-testid="session-row" data-module={s.moduleCode} data-status={s.status}>
                <Table.Td>
                  <Anchor component={Link} to={`/sessions/${s.id}`}>
                    {s.moduleCode}
                  </Anchor>{' '}
                  <Text span size="sm" c="dimmed">
                    {s.moduleTitle}
                  </Text>
                </Table.Td>
                <Table.Td>{format.dateTime(s.startsAt)}</Table.Td>
                <Table.Td>{place.kind === 'online' ? t('sessions.online') : place.text}</Table.Td>
                <Table.Td data-testid="seats-left">
                  {t('sessions.seatsOf', {
                    left: s.seatsLeft,
                    capacity: s.capacity,
                  })}
                  {s.waitlistCount > 0 && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      {t('sessions.waiting', { count: s.waitlistCount })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <SessionStatusBadge status={shownStatus(s)} />
                </Table.Td>
                {action && <Table.Td>{action(s)}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
