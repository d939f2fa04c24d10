import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import type { StudyVisitFieldsFragment } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useContributeToReport } from '../hooks/useStudyVisitActions';

/** The shared report: its summary, each participant's part, and the viewer's own part when they went. */
export function VisitReport({ visit, viewerId }: { visit: StudyVisitFieldsFragment; viewerId: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const mine = visit.participants.find((p) => p.person.id === viewerId);
  const [saw, setSaw] = useState(mine?.whatISaw ?? '');
  const [transfer, setTransfer] = useState(mine?.whatIWillTransfer ?? '');
  const [saved, setSaved] = useState(false);
  const contribute = useContributeToReport();
  const parts = visit.participants.filter((p) => p.whatISaw || p.whatIWillTransfer);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const ok = await contribute.run({
      id: visit.id,
      whatISaw: saw.trim() || null,
      whatIWillTransfer: transfer.trim() || null,
    });
    setSaved(!!ok);
  }

  return (
    <Stack gap="md">
      {visit.reportSummary && <Text>{visit.reportSummary}</Text>}
      {visit.reportPublishedAt && (
        <Text size="sm" c="dimmed">
          {t('toolbox.studyVisits.reportPublished', { date: format.dateTime(visit.reportPublishedAt) })}
        </Text>
      )}
      {parts.length === 0 && <Text c="dimmed">{t('toolbox.studyVisits.noContributions')}</Text>}
      {parts.map((p) => (
        <Stack key={p.person.id} gap={4} component="article" aria-labelledby={`part-${p.person.id}`}>
          <Title order={3} size="h5" id={`part-${p.person.id}`}>
            {p.person.name ?? t('toolbox.studyVisits.nameWithheld')}
          </Title>
          {p.whatISaw && (
            <Text size="sm">
              <b>{t('toolbox.studyVisits.whatISaw')}:</b> {p.whatISaw}
            </Text>
          )}
          {p.whatIWillTransfer && (
            <Text size="sm">
              <b>{t('toolbox.studyVisits.whatIWillTransfer')}:</b> {p.whatIWillTransfer}
            </Text>
          )}
        </Stack>
      ))}
      {mine?.status === 'WENT' && (
        <form onSubmit={(e) => void onSubmit(e)} aria-label={t('toolbox.studyVisits.myPart')} noValidate>
          <Stack gap="sm" maw={720}>
            <Title order={3} size="h5">
              {t('toolbox.studyVisits.myPart')}
            </Title>
            {saved && (
              <Alert color="teal" role="status">
                {t('toolbox.studyVisits.partSaved')}
              </Alert>
            )}
            {contribute.failure && <ErrorAlert error={contribute.failure} />}
            <Textarea
              label={t('toolbox.studyVisits.whatISaw')}
              autosize
              minRows={3}
              maxLength={4000}
              value={saw}
              onChange={(e) => setSaw(e.currentTarget.value)}
            />
            <Textarea
              label={t('toolbox.studyVisits.whatIWillTransfer')}
              autosize
              minRows={3}
              maxLength={4000}
              value={transfer}
              onChange={(e) => setTransfer(e.currentTarget.value)}
            />
            <Group>
              <Button type="submit" loading={contribute.loading}>
                {t('toolbox.studyVisits.savePart')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
