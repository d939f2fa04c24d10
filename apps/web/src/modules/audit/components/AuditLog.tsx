import { Group, Pagination, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuditPage } from '../hooks/useAuditPage';
import { AuditEventTable } from './AuditEventTable';
import { OperationFilter } from './OperationFilter';

/** The audit events, one page at a time (`?page=`), newest first, of every or one operation. */
export function AuditLog() {
  const { t } = useTranslation();
  const { page, pageCount, total, items, goToPage, pageSize, operation, showOperation } = useAuditPage();

  const from = (page - 1) * pageSize + 1;
  const to = from + items.length - 1;
  return (
    <Stack gap="md">
      <OperationFilter value={operation} onChange={showOperation} />
      {items.length > 0 ? (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('audit.range', { from, to, total })}
          </Text>
          <AuditEventTable events={items} />
        </>
      ) : (
        <Text role="status">{t(operation ? 'audit.emptyFiltered' : 'audit.empty')}</Text>
      )}
      {pageCount > 1 && (
        <Group component="nav" aria-label={t('pagination.label')} justify="center">
          <Pagination
            total={pageCount}
            value={Math.min(page, pageCount)}
            onChange={goToPage}
            withEdges
            getItemProps={(item) => ({
              'aria-label': t('pagination.page', { page: item }),
              'aria-current': item === page ? 'page' : undefined,
            })}
            getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          />
        </Group>
      )}
    </Stack>
  );
}
