import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { TrainingSessionQuery } from '../graphql/sessions';
import { useBookSession } from '../hooks/useBookSession';
import { bookingOutlook, isSessionDay, shownStatus } from '../session-display';
import { BookingResult } from './BookingResult';
import { EditSessionForm } from './EditSessionForm';
import { EnrolTandemPanel } from './EnrolTandemPanel';
import { MoveEnrolmentPanel } from './MoveEnrolmentPanel';
import { AttendanceBadge, EnrolmentStatusBadge, SessionStatusBadge } from './SessionBadges';
import { SessionManagement } from './SessionManagement';
import { SessionRoster } from './SessionRoster';
import { SessionTodayPanel } from './SessionTodayPanel';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

/** One session: when and where, seats, the viewer's booking; for its keepers the roster and attendance. */
export function SessionDetail({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(TrainingSessionQuery, {
    variables: { id: sessionId },
    fetchPolicy: 'cache-and-network',
  });
  const s = data.trainingSession;
  const { book, cancel, failure, lastStatus, attempt, busy } = useBookSession();
  const outlook = bookingOutlook(s);
  const coordinator = may(useSignedInPerson().roles, 'enrolment.manage');
  // On the day the roster comes first: the trainer marks attendance before anything else.
  const [editing, setEditing] = useState(false);
  const past = s.status === 'COMPLETED' || Date.parse(s.endsAt) < Date.now();
  const rosterFirst = s.canKeepRoster && s.status !== 'CANCELLED' && isSessionDay(s);
  return (
    <Stack gap="md">
      <PageHeader title={`${s.moduleCode} · ${s.moduleTitle}`} description={t('sessions.detail.intro')} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Fact label={t('sessions.fields.startsAt')}>
            <span data-testid="session-starts">{format.dateTime(s.startsAt)}</span>
          </Fact>
          <Fact label={t('sessions.fields.endsAt')}>{format.dateTime(s.endsAt)}</Fact>
          <Fact label={t('sessions.fields.timeZone')}>{`${s.localStartsAt.replace('T', ' ')} (${s.timeZone})`}</Fact>
          <Fact label={t('sessions.fields.status')}>
            <SessionStatusBadge status={shownStatus(s)} />{' '}
            {s.cancelReason && (
              <Text span size="sm">
                {s.cancelReason}
              </Text>
            )}
          </Fact>
          {s.venue && <Fact label={t('sessions.fields.venue')}>{s.venue}</Fact>}
          {s.onlineUrl && (
            <Fact label={t('sessions.fields.onlineUrl')}>
              <Anchor href={s.onlineUrl} target="_blank" rel="noopener noreferrer">
                {s.onlineUrl}
              </Anchor>
            </Fact>
          )}
          <Fact label={t('sessions.fields.seatsLeft')}>
            <span data-testid="session-seats">
              {t('sessions.seatsOf', {
                left: s.seatsLeft,
                capacity: s.capacity,
              })}
            </span>{' '}
            {s.waitlistCount > 0 && t('sessions.waiting', { count: s.waitlistCount })}
          </Fact>
          <Fact label={t('sessions.fields.deadline')}>{format.dateTime(s.enrolmentDeadline)}</Fact>
          <Fact label={t('sessions.fields.hours')}>{format.number(s.hours)}</Fact>
          <Fact label={t('sessions.fields.trainers')}>{s.trainers.map((tr) => tr.name).join(', ') || '—'}</Fact>
        </SimpleGrid>
      </Paper>
      {rosterFirst && <SessionRoster sessionId={s.id} />}
      {s.myEnrolmentStatus === 'CONFIRMED' && s.status !== 'CANCELLED' && isSessionDay(s) && (
        <SessionTodayPanel onlineUrl={s.onlineUrl ?? null} venue={s.venue ?? null} />
      )}
      <BookingResult failure={failure} status={lastStatus} attempt={attempt} />
      <Group className="phone-tap-targets">
        {past && s.myEnrolmentStatus === 'CONFIRMED' ? (
          // Over: what the viewer's seat came to, not "Confirmed" with a calendar file.
          <AttendanceBadge status={s.myAttendance ?? null} />
        ) : s.myEnrolmentStatus && s.myEnrolmentId ? (
          <>
            <EnrolmentStatusBadge status={s.myEnrolmentStatus} />
            <Button component="a" href={`/api/enrolments/${s.myEnrolmentId}/calendar.ics`} variant="subtle" size="sm">
              {t('calendar.download')}
            </Button>
            {s.status === 'SCHEDULED' && (
              <Button
                color="red"
                variant="light"
                size="sm"
                loading={busy}
                onClick={() => void cancel(s.myEnrolmentId as string)}
              >
                {t('enrolments.cancel')}
              </Button>
            )}
          </>
        ) : (
          outlook !== 'CLOSED' &&
          !s.canKeepRoster && (
            <Button loading={busy} onClick={() => void book(s.id)} data-testid="book-session">
              {outlook === 'WAITLIST' ? t('enrolments.joinWaitlist') : t('enrolments.bookForTandem')}
            </Button>
          )
        )}
      </Group>
      {s.canEdit && s.status === 'SCHEDULED' && (
        <>
          {/* Closed until wanted: the roster and the session's facts are what the page is mostly for. */}
          <Group>
            <Button
              variant="light"
              onClick={() => setEditing((open) => !open)}
              aria-expanded={editing}
              aria-controls="edit-session"
              data-testid="edit-session-toggle"
            >
              {t('sessions.edit.title')}
            </Button>
          </Group>
          {editing && (
            <div id="edit-session">
              <EditSessionForm key={`${s.id}:${s.localStartsAt}:${s.capacity}`} session={s} />
            </div>
          )}
        </>
      )}
      {s.canEdit && <SessionManagement session={s} />}
      {coordinator && s.status === 'SCHEDULED' && <EnrolTandemPanel sessionId={s.id} />}
      {coordinator && s.status === 'SCHEDULED' && s.canKeepRoster && (
        <MoveEnrolmentPanel sessionId={s.id} moduleId={s.moduleId} />
      )}
      {s.canKeepRoster && !rosterFirst && <SessionRoster sessionId={s.id} />}
    </Stack>
  );
}
