import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { ErrorAlert, useFieldErrors } from '@tandem/web-ui';
import type { TrainingSessionFieldsFragment } from '@tandem/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionChangesOf, useUpdateSession } from '../hooks/useUpdateSession';
import { TIME_ZONES } from '../schedulable';
import { DstChoiceField, dstChoiceFor, storedDstChoice, type DstChoice } from './DstChoiceField';

/** Changes time, place or capacity; a new time or place is mailed to everyone enrolled, more seats move the waitlist. */
export function EditSessionForm({ session }: { session: TrainingSessionFieldsFragment }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => sessionChangesOf(session));
  const [dstChoice, setDstChoice] = useState<DstChoice | null>(
    storedDstChoice(String(session.startsAt), session.localStartsAt, session.timeZone),
  );
  const enteredTimes = [form.startsAt, form.endsAt, form.enrolmentDeadline];
  const [saved, setSaved] = useState(false);
  const { update, saving, failure } = useUpdateSession(session);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const { fieldError } = useFieldErrors(failure);

  async function submit() {
    setSaved(false);
    setSaved(await update(form, dstChoiceFor(enteredTimes, form.timeZone, dstChoice)));
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
        <Title order={2} size="h4">
          {t('sessions.edit.title')}
        </Title>
        <Text size="sm">{t('sessions.edit.intro')}</Text>
        {failure && <ErrorAlert error={failure} />}
        {saved && (
          <Text role="status" c="teal.9" size="sm">
            {t('sessions.edit.saved')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('sessions.fields.startsAt')}
            value={form.startsAt}
            onChange={(e) => set('startsAt', e.currentTarget.value)}
            error={fieldError('startsAt')}
            required
          />
          <TextInput
            type="datetime-local"
            label={t('sessions.fields.endsAt')}
            value={form.endsAt}
            onChange={(e) => set('endsAt', e.currentTarget.value)}
            error={fieldError('endsAt')}
            required
          />
          <TextInput
            type="datetime-local"
            label={t('sessions.fields.deadline')}
            value={form.enrolmentDeadline}
            onChange={(e) => set('enrolmentDeadline', e.currentTarget.value)}
            error={fieldError('enrolmentDeadline')}
          />
          <NativeSelect
            label={t('sessions.fields.timeZone')}
            value={form.timeZone}
            onChange={(e) => set('timeZone', e.currentTarget.value)}
            data={[...new Set([form.timeZone, ...TIME_ZONES])]}
            error={fieldError('timeZone')}
          />
          <DstChoiceField
            times={enteredTimes}
            timeZone={form.timeZone}
            value={dstChoice}
            onChange={setDstChoice}
            error={fieldError('dstChoice')}
          />
          <NumberInput
            label={t('sessions.fields.capacity')}
            value={form.capacity}
            onChange={(v) => set('capacity', v)}
            min={1}
            max={1000}
            error={fieldError('capacity')}
            required
          />
          <TextInput
            label={t('sessions.fields.venue')}
            value={form.venue}
            onChange={(e) => set('venue', e.currentTarget.value)}
            error={fieldError('venue')}
          />
          <TextInput
            type="url"
            label={t('sessions.fields.onlineUrl')}
            value={form.onlineUrl}
            onChange={(e) => set('onlineUrl', e.currentTarget.value)}
            error={fieldError('onlineUrl')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('sessions.fields.allowSingles')}
          checked={form.allowSingles}
          onChange={(e) => set('allowSingles', e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {t('sessions.edit.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
