import { useSuspenseQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { ErrorAlert, useFieldErrors } from '@tandem/web-ui';
import { LOCALES, LOCALE_NATIVE_NAMES } from '@tandem/shared-domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignedInPerson } from '../../session/session-context';
import { SchedulableModulesQuery } from '../graphql/sessions';
import { useScheduleSession, type SessionDates } from '../hooks/useScheduleSession';
import { schedulableModules, TIME_ZONES } from '../schedulable';
import { DstChoiceField, dstChoiceFor, type DstChoice } from './DstChoiceField';

/** Schedules a session, or with more dates the same module as a series (all or none). Times are entered in the chosen zone. */
export function ScheduleSessionForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const person = useSignedInPerson();
  const { data } = useSuspenseQuery(SchedulableModulesQuery);
  const modules = schedulableModules(
    data.modules.filter((m) => m.status === 'PUBLISHED'),
    person.roles,
  );
  const [moduleId, setModuleId] = useState(modules[0]?.id ?? '');
  const [dates, setDates] = useState<SessionDates[]>([{ startsAt: '', endsAt: '' }]);
  const [timeZone, setTimeZone] = useState<string>(person.timeZone ?? 'Europe/Riga');
  const [deadline, setDeadline] = useState('');
  const [capacity, setCapacity] = useState<number | string>(20);
  const [venue, setVenue] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [language, setLanguage] = useState<string>(person.preferredLanguage);
  const [allowSingles, setAllowSingles] = useState(false);
  const { schedule, scheduling, failure } = useScheduleSession();
  const [dstChoice, setDstChoice] = useState<DstChoice | null>(null);
  const enteredTimes = [...dates.flatMap((d) => [d.startsAt, d.endsAt]), deadline];
  const { fieldError } = useFieldErrors(failure);

  async function submit() {
    const input = {
      moduleId,
      startsAt: dates[0].startsAt,
      endsAt: dates[0].endsAt,
      timeZone,
      enrolmentDeadline: deadline || null,
      capacity: Number(capacity),
      venue: venue.trim() || null,
      onlineUrl: onlineUrl.trim() || null,
      language,
      allowSingles,
      dstChoice: dstChoiceFor(enteredTimes, timeZone, dstChoice),
      trainerIds: person.roles.some((r) => r.role === 'TRAINER') ? [person.id] : [],
    };
    const scheduled = await schedule(input, dates);
    if (scheduled) await navigate(scheduled.series ? '/agenda' : `/sessions/${scheduled.sessionId}`);
  }

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {failure && <ErrorAlert error={failure} />}
        <NativeSelect
          label={t('sessions.fields.module')}
          value={moduleId}
          onChange={(e) => setModuleId(e.currentTarget.value)}
          data={modules.map((m) => ({
            value: m.id,
            label: `${m.code} · ${m.title}`,
          }))}
          required
        />
        <Title order={2} size="h5">
          {t('sessions.schedule.dates')}
        </Title>
        {dates.map((d, i) => (
          <Group key={i} align="flex-end" data-testid="date-row">
            <TextInput
              type="datetime-local"
              label={t('sessions.schedule.startsAtN', { n: i + 1 })}
              value={d.startsAt}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDates((all) => all.map((x, j) => (j === i ? { ...x, startsAt: v } : x)));
              }}
              error={i === 0 ? fieldError('startsAt') : undefined}
              required
            />
            <TextInput
              type="datetime-local"
              label={t('sessions.schedule.endsAtN', { n: i + 1 })}
              value={d.endsAt}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDates((all) => all.map((x, j) => (j === i ? { ...x, endsAt: v } : x)));
              }}
              error={i === 0 ? fieldError('endsAt') : undefined}
              required
            />
            {dates.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('sessions.schedule.removeDate', { n: i + 1 })}
                onClick={() => setDates((all) => all.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        <Group>
          <Button variant="subtle" size="xs" onClick={() => setDates((all) => [...all, { startsAt: '', endsAt: '' }])}>
            {t('sessions.schedule.addDate')}
          </Button>
        </Group>
        <NativeSelect
          label={t('sessions.fields.timeZone')}
          value={timeZone}
          onChange={(e) => setTimeZone(e.currentTarget.value)}
          data={[...new Set([timeZone, ...TIME_ZONES])]}
          error={fieldError('timeZone')}
        />
        <DstChoiceField
          times={enteredTimes}
          timeZone={timeZone}
          value={dstChoice}
          onChange={setDstChoice}
          error={fieldError('dstChoice')}
        />
        {dates.length === 1 && (
          <TextInput
            type="datetime-local"
            label={t('sessions.fields.deadline')}
            description={t('sessions.schedule.deadlineHint')}
            value={deadline}
            onChange={(e) => setDeadline(e.currentTarget.value)}
            error={fieldError('enrolmentDeadline')}
          />
        )}
        <NumberInput
          label={t('sessions.fields.capacity')}
          value={capacity}
          onChange={setCapacity}
          min={1}
          max={1000}
          required
          error={fieldError('capacity')}
        />
        <TextInput
          label={t('sessions.fields.venue')}
          value={venue}
          onChange={(e) => setVenue(e.currentTarget.value)}
          error={fieldError('venue')}
        />
        <TextInput
          type="url"
          label={t('sessions.fields.onlineUrl')}
          value={onlineUrl}
          onChange={(e) => setOnlineUrl(e.currentTarget.value)}
          placeholder="https://"
          error={fieldError('onlineUrl')}
        />
        <NativeSelect
          label={t('sessions.fields.language')}
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value)}
          data={LOCALES.map((l) => ({
            value: l,
            label: LOCALE_NATIVE_NAMES[l],
          }))}
        />
        <Checkbox
          label={t('sessions.fields.allowSingles')}
          checked={allowSingles}
          onChange={(e) => setAllowSingles(e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={scheduling} disabled={!moduleId}>
            {dates.length > 1
              ? t('sessions.schedule.submitSeries', { count: dates.length })
              : t('sessions.schedule.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
