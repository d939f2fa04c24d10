import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';

/** A number of the report as the API gives it; "too few to show" for a suppressed cell, "–" for none. */
export function Figure({
  value,
  suppressed,
  percent,
}: {
  value: number | null;
  suppressed?: boolean;
  percent?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  if (suppressed)
    return (
      <Text span size="sm" c="dimmed">
        {t('finalEvaluation.tooFew')}
      </Text>
    );
  if (value === null) return '–';
  return percent ? `${format.number(Math.round(value * 100))} %` : format.number(value);
}
