import { Blockquote, Stack, Text } from '@mantine/core';
import type { EvidenceSnapshotFieldsFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';

/**
 * One frozen snapshot as the reader sees it: what was cited, its figure and the size of the group
 * (n), the date it was taken. A quote is shown as written.
 */
export function EvidenceFigure({ snapshot }: { snapshot: EvidenceSnapshotFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const group = [
    snapshot.countryCode ? format.country(snapshot.countryCode) : t('evidence.snapshot.allCountries'),
    snapshot.side ? t(`evidence.side.${snapshot.side as 'SCHOOL' | 'COMPANY'}`) : t('evidence.snapshot.bothSides'),
  ].join(', ');
  return (
    <Stack gap={2} data-testid="evidence-figure">
      {snapshot.question && <Text size="sm">{snapshot.question}</Text>}
      {snapshot.quote ? (
        <Blockquote p="xs" cite={group}>
          {snapshot.quote}
        </Blockquote>
      ) : (
        <Text size="sm" fw={600}>
          {snapshot.value === null
            ? t('evidence.snapshot.distributionOnly')
            : t('evidence.snapshot.value', { value: format.number(snapshot.value) })}
          {snapshot.change !== null &&
            ` · ${t('evidence.snapshot.change', { value: format.number(snapshot.change), n: snapshot.changeCount ?? 0 })}`}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('evidence.snapshot.group', { group, n: snapshot.groupSize })} ·{' '}
        {t('evidence.snapshot.takenAt', { date: format.dateTime(snapshot.takenAt) })}
      </Text>
    </Stack>
  );
}
