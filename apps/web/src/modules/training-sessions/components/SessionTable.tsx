import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import type { TrainingSessionFieldsFragment } from '@tandem/web-graphql';
import { RecordCard, RecordCards, useIsPhone } from '@tandem/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { placeOf, shownStatus } from '../session-display';
import { SessionStatusBadge } from './SessionBadges';

/**
 * Sessions as a table: module, time (viewer's zone), place, seats left; `action` adds a last column.
 * On a phone, one card per session with the action in full view.
 */
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
  const phone = useIsPhone();
  const seats = (s: TrainingSessionFieldsFragment) => (
    <>
      {t('sessions.seatsOf', { left: s.seatsLeft, capacity: s.capacity })}
      {s.waitlistCount > 0 && (
        <Text span size="xs" c="dimmed">
          {' '}
          {t('sessions.waiting', { count: s.waitlistCount })}
        </Text>
      )}
    </>
  );
  const moduleName = (s: TrainingSessionFieldsFragment) => (
    <>
      <Anchor component={Link} to={`/sessions/${s.id}`}>
        {s.moduleCode}
      </Anchor>{' '}
      <Text span size="sm" c="dimmed">
        {s.moduleTitle}
      </Text>
    </>
  );
  const placeText = (s: TrainingSessionFieldsFragment) => {
    const place = placeOf(s);
    return place.kind === 'online' ? t('sessions.online') : place.text;
  };
  if (phone)
    return (
      <RecordCards data-testid={testId}>
        {sessions.map((s) => (
          <RecordCard
            key={s.id}
            data-testid="session-row"
            data-module={s.moduleCode}
            data-status={s.status}
            title={moduleName(s)}
            fields={[
              { label: t('sessions.fields.startsAt'), value: format.dateTime(s.startsAt) },
              { label: t('sessions.fields.place'), value: placeText(s) },
              { label: t('sessions.fields.seatsLeft'), value: <span data-testid="seats-left">{seats(s)}</span> },
              { label: t('sessions.fields.status'), value: <SessionStatusBadge status={shownStatus(s)} /> },
            ]}
            actions={action?.(s)}
          />
        ))}
      </RecordCards>
    );
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
          {sessions.map((s) => (
            <Table.Tr key={s.id} data-testid="session-row" data-module={s.moduleCode} data-status={s.status}>
              <Table.Td>{moduleName(s)}</Table.Td>
              <Table.Td>{format.dateTime(s.startsAt)}</Table.Td>
              <Table.Td>{placeText(s)}</Table.Td>
              <Table.Td data-testid="seats-left">{seats(s)}</Table.Td>
              <Table.Td>
                <SessionStatusBadge status={shownStatus(s)} />
              </Table.Td>
              {action && <Table.Td>{action(s)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
