import { useSuspenseQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { TrainingSessionsQuery } from '../graphql/sessions';
import { useBookSession } from '../hooks/useBookSession';
import { bookingOutlook } from '../session-display';
import { EnrolmentStatusBadge } from './SessionBadges';
import { BookingResult } from './BookingResult';
import { SessionTable } from './SessionTable';

/** Sessions open to the tutor (their country's national ones and the joint ones), with seats left and a Book button. */
export function OpenSessions() {
  const { t } = useTranslation();
  const [withSeatsLeft, setWithSeatsLeft] = useState(false);
  // Deferred: the checkbox answers at once; the current list stays on screen until the new one has loaded.
  const deferredWithSeatsLeft = useDeferredValue(withSeatsLeft);
  const { data } = useSuspenseQuery(TrainingSessionsQuery, {
    variables: {
      first: 50,
      openOnly: true,
      upcoming: true,
      withSeatsLeft: deferredWithSeatsLeft,
    },
    fetchPolicy: 'cache-and-network',
  });
  const { book, failure, lastStatus, attempt, busy } = useBookSession();
  // Only tutors book for themselves; coordinators enrol tandems from the session page.
  const tutor = may(useSignedInPerson().roles, 'tutor.self');
  const sessions = data.trainingSessions.edges.map((e) => e.node);
  return (
    <Stack gap="sm">
      <Group>
        <Checkbox
          label={t('sessions.filters.withSeatsLeft')}
          checked={withSeatsLeft}
          onChange={(e) => setWithSeatsLeft(e.currentTarget.checked)}
        />
      </Group>
      <BookingResult failure={failure} status={lastStatus} attempt={attempt} />
      {sessions.length ? (
        <SessionTable
          testId="open-sessions"
          sessions={sessions}
          action={
            !tutor
              ? undefined
              : (s) =>
                  s.myEnrolmentStatus ? (
                    <EnrolmentStatusBadge status={s.myEnrolmentStatus} />
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      loading={busy}
                      disabled={bookingOutlook(s) === 'CLOSED'}
                      onClick={() => void book(s.id)}
                      aria-label={t('enrolments.bookNamed', {
                        module: s.moduleCode,
                      })}
                    >
                      {bookingOutlook(s) === 'WAITLIST' ? t('enrolments.joinWaitlist') : t('enrolments.book')}
                    </Button>
                  )
          }
        />
      ) : (
        <Paper withBorder p="lg">
          <Text>{t('sessions.none')}</Text>
        </Paper>
      )}
    </Stack>
  );
}
