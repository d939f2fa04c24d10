import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import type { ImportSummary } from '../import-response';

const ITEMS = ['new', 'updated', 'unchanged'] as const;

/** New, updated, unchanged: what a dry run would do, or what an import did. */
export function ImportSummaryList({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <SimpleGrid component="dl" cols={3} spacing="sm" m={0} data-testid="import-summary">
      {ITEMS.map((item) => (
        <div key={item} data-testid={`import-summary-${item}`}>
          <Text component="dt" size="sm" c="dimmed">
            {t(`imports.summary.${item}`)}
          </Text>
          <Text component="dd" m={0} fw={700} fz="xl">
            {format.number(summary[item])}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
