import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
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
  const { cancel, failure, lastStatus, busy } = useBookSession();
  const items = data.myEnrolments;
  const me = useSignedInPerson().id;
  const now = Date.now();
  return (
    <Stack gap="sm">
      <BookingResult failure={failure} status={lastStatus} />
      {items.length ? (
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
              {items.map(({ enrolment, session, canCancel }) => {
                const past = session.status === 'COMPLETED' || Date.parse(session.endsAt) < now;
                const attendance = enrolment.people.find((p) => p.id === me)?.attendance ?? null;
                return (
                  <Table.Tr key={enrolment.id} data-testid="enrolment-row" data-module={session.moduleCode}>
                    <Table.Td>
                      <Anchor component={Link} to={`/sessions/${session.id}`}>
                        {session.moduleCode}
                      </Anchor>{' '}
                      <Text span size="sm" c="dimmed">
                        {session.moduleTitle}
                      </Text>
                    </Table.Td>
                    <Table.Td>{format.dateTime(session.startsAt)}</Table.Td>
                    <Table.Td>
                      {past && enrolment.status === 'CONFIRMED' ? (
                        <AttendanceBadge status={attendance} />
                      ) : (
                        <EnrolmentStatusBadge status={enrolment.status} position={enrolment.waitlistPosition} />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {!past && (
                          <Button
                            component="a"
                            href={enrolment.calendarPath}
                            size="xs"
                            variant="subtle"
                            aria-label={t('calendar.downloadNamed', {
                              module: session.moduleCode,
                            })}
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
                            aria-label={t('enrolments.cancelNamed', {
                              module: session.moduleCode,
                            })}
                          >
                            {t('enrolments.cancel')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Paper withBorder p="lg">
          <Text>{t('enrolments.none')}</Text>
        </Paper>
      )}
      <CalendarFeedPanel hasFeed={data.hasCalendarFeed} />
    </Stack>
  );
}
