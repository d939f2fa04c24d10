import { Group, Paper, Text } from '@mantine/core';
import type { NationalProgrammeDetailFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';

/** The programme's hours and who submitted and decided it when. */
export function ProgrammeFacts({ programme }: { programme: NationalProgrammeDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const rows: [string, string][] = [
    [
      t('nationalProgrammes.contactHours'),
      t('nationalProgrammes.hoursValue', {
        hours: format.number(programme.totalContactHours),
      }),
    ],
    [
      t('nationalProgrammes.selfStudyHours'),
      t('nationalProgrammes.hoursValue', {
        hours: format.number(programme.totalSelfStudyHours),
      }),
    ],
    [
      t('nationalProgrammes.totalHours'),
      t('nationalProgrammes.hoursValue', {
        hours: format.number(programme.totalHours),
      }),
    ],
  ];
  if (programme.submittedAt)
    rows.push([
      t('nationalProgrammes.submitted'),
      t('nationalProgrammes.byOn', {
        name: programme.submittedByName ?? '—',
        date: format.dateTime(programme.submittedAt),
      }),
    ]);
  if (programme.decidedAt)
    rows.push([
      t('nationalProgrammes.decided'),
      t('nationalProgrammes.byOn', {
        name: programme.decidedByName ?? '—',
        date: format.dateTime(programme.decidedAt),
      }),
    ]);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('nationalProgrammes.facts')}>
      <Group component="dl" gap="xl" m={0} wrap="wrap" align="flex-start" data-testid="programme-totals">
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} fw={600}>
              {value}
            </Text>
          </div>
        ))}
      </Group>
    </Paper>
  );
}
