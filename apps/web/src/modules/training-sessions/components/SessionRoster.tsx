import { useSuspenseQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { AttendanceStatus } from '@tandem/web-graphql';
import { ErrorAlert, RecordCard, RecordCards, useIsPhone } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { SessionRosterQuery } from '../graphql/sessions';
import { useMarkAttendance } from '../hooks/useMarkAttendance';
import { CheckInQr } from './CheckInQr';
import { EnrolmentStatusBadge } from './SessionBadges';
import { PersonLink } from '../../person-record/components/PersonLink';
import { useSignedInPerson } from '../../session/session-context';
import { FeedbackQr } from '../../surveys/components/FeedbackQr';

const STATUSES: readonly AttendanceStatus[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

/**
 * The roster: confirmed people with an attendance choice each, the waitlist, exports, the QR check-in
 * and, for the session's trainer while its survey is open, the feedback QR code.
 * On a phone, one card per person with the choice at full tap size.
 */
export function SessionRoster({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { data } = useSuspenseQuery(SessionRosterQuery, {
    variables: { sessionId },
    fetchPolicy: 'cache-and-network',
  });
  const [marks, setMarks] = useState<Record<string, AttendanceStatus>>({});
  const [saved, setSaved] = useState(false);
  const { mark, marking, failure } = useMarkAttendance(sessionId);
  const phone = useIsPhone();
  const { session, enrolments } = data.sessionRoster;
  const trainerIds = session.trainers.map((trainer) => trainer.id);
  const isTrainer = trainerIds.includes(useSignedInPerson().id);
  const confirmed = enrolments.filter((e) => e.status === 'CONFIRMED');
  const waiting = enrolments.filter((e) => e.status === 'WAITLISTED');
  const canMark = session.status !== 'CANCELLED' && new Date(session.startsAt).getTime() - 3_600_000 <= Date.now();

  const people = confirmed.flatMap((e) => e.people);
  const unmarked = people.filter((p) => !p.attendance && !marks[p.id]);
  /** Everyone not yet marked is present; the trainer then changes the exceptions one by one and saves. */
  function markAllPresent() {
    setSaved(false);
    setMarks((m) => ({ ...m, ...Object.fromEntries(unmarked.map((p) => [p.id, 'PRESENT' as const])) }));
  }

  async function save() {
    setSaved(false);
    if (await mark(marks)) {
      setMarks({});
      setSaved(true);
    }
  }

  type Person = (typeof people)[number];
  const name = (p: Person) => (
    <PersonLink personId={p.id} sessionTrainerIds={trainerIds}>
      {p.name}
    </PersonLink>
  );
  const choice = (p: Person) => (
    <NativeSelect
      aria-label={t('attendance.ofPerson', { name: p.name })}
      disabled={!canMark}
      value={marks[p.id] ?? p.attendance ?? ''}
      onChange={(ev) => setMarks((m) => ({ ...m, [p.id]: ev.currentTarget.value as AttendanceStatus }))}
      data={[
        { value: '', label: t('attendance.unmarked'), disabled: true },
        ...STATUSES.map((s) => ({ value: s, label: t(`attendance.statuses.${s}`) })),
      ]}
    />
  );

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('attendance.rosterTitle', {
              count: people.length,
            })}
          </Title>
          <Group gap="xs">
            <Button component="a" href={`/api/sessions/${sessionId}/roster.csv`} size="xs" variant="subtle">
              {t('attendance.exportCsv')}
            </Button>
            <Button component="a" href={`/api/sessions/${sessionId}/roster.xlsx`} size="xs" variant="subtle">
              {t('attendance.exportXlsx')}
            </Button>
            <Button
              component="a"
              href={`/api/sessions/${sessionId}/sign-in-sheet.pdf?lang=${locale}`}
              size="xs"
              variant="subtle"
              data-testid="sign-in-sheet"
            >
              {t('attendance.signInSheet')}
            </Button>
          </Group>
        </Group>
        {failure && <ErrorAlert error={failure} />}
        {saved && (
          <Text role="status" c="teal.9" size="sm">
            {t('attendance.saved')}
          </Text>
        )}
        {!confirmed.length ? (
          <Text>{t('attendance.nobody')}</Text>
        ) : phone ? (
          <RecordCards aria-label={t('attendance.person')} data-testid="roster">
            {people.map((p) => (
              <RecordCard
                key={p.id}
                data-testid="roster-person"
                data-name={p.name}
                title={name(p)}
                fields={[{ label: t('attendance.status'), value: choice(p) }]}
              />
            ))}
          </RecordCards>
        ) : (
          <Table.ScrollContainer minWidth={360}>
            <Table data-testid="roster">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('attendance.person')}</Table.Th>
                  <Table.Th scope="col">{t('attendance.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((p) => (
                  <Table.Tr key={p.id} data-testid="roster-person" data-name={p.name}>
                    <Table.Td>{name(p)}</Table.Td>
                    <Table.Td>{choice(p)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canMark && confirmed.length > 0 && (
          <Group className="phone-tap-targets">
            <Button variant="light" onClick={markAllPresent} disabled={!unmarked.length} data-testid="mark-all-present">
              {t('attendance.markAllPresent')}
            </Button>
            <Button onClick={() => void save()} loading={marking} disabled={!Object.keys(marks).length}>
              {t('attendance.save')}
            </Button>
          </Group>
        )}
        {waiting.length > 0 && (
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('enrolments.waitlistTitle')}
            </Title>
            {waiting.map((e) => (
              <Group key={e.id} gap="xs">
                <EnrolmentStatusBadge status={e.status} position={e.waitlistPosition} />
                <Text size="sm">{e.people.map((p) => p.name).join(' & ')}</Text>
              </Group>
            ))}
          </Stack>
        )}
        {canMark && session.status === 'SCHEDULED' && <CheckInQr sessionId={sessionId} />}
        {isTrainer && <FeedbackQr sessionId={sessionId} />}
      </Stack>
    </Paper>
  );
}
