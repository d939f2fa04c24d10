import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportHref, type CockpitTable, type PeopleFilter } from '../export-links';

/** "Export: CSV · XLSX" for one table; the label names the table for screen readers. */
export function ExportLinks({ table, filter, label }: { table: CockpitTable; filter?: PeopleFilter; label: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" data-testid={`export-${table}`}>
      <Text size="sm" c="dimmed">
        {t('cockpit.export.label')}
      </Text>
      <Anchor
        size="sm"
        href={exportHref(table, 'csv', filter)}
        download
        aria-label={t('cockpit.export.csvOf', { table: label })}
      >
        CSV
      </Anchor>
      <Anchor
        size="sm"
        href={exportHref(table, 'xlsx', filter)}
        download
        aria-label={t('cockpit.export.xlsxOf', { table: label })}
      >
        XLSX
      </Anchor>
    </Group>
  );
}
