import { List, Stack, Text } from '@mantine/core';
import type { PersonRecordQuery } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { ProgressChecklist } from '../../completion/components/ProgressChecklist';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { RowsProgress } from '../../imports/components/RowsProgress';
import { RecordSection } from './RecordSection';

type PersonRecord = PersonRecordQuery['personRecord'];

/** National hours attended against the edition's rule (a bar), then every condition of the rule. */
export function RecordHours({ record }: { record: PersonRecord }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const progress = record.progress;
  const hours = progress?.requirements.find((r) => r.kind === 'NATIONAL_HOURS');
  return (
    <RecordSection id="hours" title={t('personRecord.hours.title')} empty={!progress && t('personRecord.hours.none')}>
      {progress && (
        <Stack gap="md">
          {hours ? (
            <RowsProgress
              label={t('personRecord.hours.bar')}
              value={hours.achieved}
              max={hours.required}
              valueText={t('personRecord.hours.value', {
                achieved: format.number(hours.achieved),
                required: format.number(hours.required),
              })}
              color={hours.done ? 'teal.9' : 'baltic.7'}
              testId="record-hours"
            />
          ) : (
            <Text c="dimmed">{t('personRecord.hours.noRule')}</Text>
          )}
          <ProgressChecklist progress={progress} actions={false} />
        </Stack>
      )}
    </RecordSection>
  );
}

/** How the derived completion status changed, newest first. */
export function RecordHistory({ record }: { record: PersonRecord }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <RecordSection
      id="history"
      title={t('personRecord.history.title')}
      empty={!record.statusHistory.length && t('personRecord.history.none')}
    >
      <List spacing="xs" data-testid="record-history">
        {record.statusHistory.map((h, i) => (
          <List.Item key={i}>
            {t('personRecord.history.change', {
              date: format.dateTime(h.effectiveAt),
              from: h.fromStatus ? t(`completion.status.${h.fromStatus}`) : '–',
              to: t(`completion.status.${h.toStatus}`),
              edition: h.editionName,
            })}
          </List.Item>
        ))}
      </List>
    </RecordSection>
  );
}
