import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { RecordCard, RecordCards, useIsPhone } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { MyEnrolmentsQuery } from '../graphql/sessions';
import { useBookSession } from '../hooks/useBookSession';
import { BookingResult } from './BookingResult';
import { CalendarFeedPanel } from './CalendarFeedPanel';
import { useSignedInPerson } from '../../session/session-context';
import { AttendanceBadge, EnrolmentStatusBadge } from './SessionBadges';

/**
 * The tutor's enrolments: status or waitlist place, the calendar file, and cancelling while allowed;
 * once a session is over, the tutor's attendance instead.
 */
export function MyEnrolments() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(MyEnrolmentsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const { cancel, failure, lastStatus, attempt, busy } = useBookSession();
  const me = useSignedInPerson().id;
  const phone = useIsPhone();
  const now = Date.now();
  const rows = data.myEnrolments.map((item) => ({
    item,
    past: item.session.status === 'COMPLETED' || Date.parse(item.session.endsAt) < now,
    attendance: item.enrolment.people.find((p) => p.id === me)?.attendance ?? null,
  }));
  type Row = (typeof rows)[number];
  const moduleName = (session: Row['item']['session']) => (
    <>
      <Anchor component={Link} to={`/sessions/${session.id}`}>
        {session.moduleCode}
      </Anchor>{' '}
      <Text span size="sm" c="dimmed">
        {session.moduleTitle}
      </Text>
    </>
  );
  // Once a session is over, what the tutor's enrolment came to (attended or not) instead of "Confirmed".
  const statusOf = ({ item: { enrolment }, past, attendance }: Row) =>
    past && enrolment.status === 'CONFIRMED' ? (
      <AttendanceBadge status={attendance} />
    ) : (
      <EnrolmentStatusBadge status={enrolment.status} position={enrolment.waitlistPosition} />
    );
  const actionsOf = ({ item: { enrolment, session, canCancel }, past }: Row) => (
    <>
      {!past && (
        <Button
          component="a"
          href={enrolment.calendarPath}
          size="xs"
          variant="subtle"
          aria-label={t('calendar.downloadNamed', { module: session.moduleCode })}
        >
          {t('calendar.download')}
        </Button>
      )}
      {canCancel && session.status === 'SCHEDULED' && (
        <Button
          size="xs"
          color="red"
          variant="light"
          loading={busy}
          onClick={() => void cancel(enrolment.id)}
          aria-label={t('enrolments.cancelNamed', { module: session.moduleCode })}
        >
          {t('enrolments.cancel')}
        </Button>
      )}
    </>
  );
  return (
    <Stack gap="sm">
      <BookingResult failure={failure} status={lastStatus} attempt={attempt} />
      {rows.length ? (
        phone ? (
          <RecordCards data-testid="my-enrolments">
            {rows.map((r) => (
              <RecordCard
                key={r.item.enrolment.id}
                data-testid="enrolment-row"
                data-module={r.item.session.moduleCode}
                title={moduleName(r.item.session)}
                fields={[
                  { label: t('sessions.fields.startsAt'), value: format.dateTime(r.item.session.startsAt) },
                  { label: t('enrolments.fields.status'), value: statusOf(r) },
                ]}
                actions={actionsOf(r)}
              />
            ))}
          </RecordCards>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="my-enrolments">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('sessions.fields.module')}</Table.Th>
                  <Table.Th scope="col">{t('sessions.fields.startsAt')}</Table.Th>
                  <Table.Th scope="col">{t('enrolments.fields.status')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('sessions.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr
                    key={r.item.enrolment.id}
                    data-testid="enrolment-row"
                    data-module={r.item.session.moduleCode}
                  >
                    <Table.Td>{moduleName(r.item.session)}</Table.Td>
                    <Table.Td>{format.dateTime(r.item.session.startsAt)}</Table.Td>
                    <Table.Td>{statusOf(r)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {actionsOf(r)}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      ) : (
        <Paper withBorder p="lg">
          <Text>{t('enrolments.none')}</Text>
        </Paper>
      )}
      <CalendarFeedPanel hasFeed={data.hasCalendarFeed} />
    </Stack>
  );
}
