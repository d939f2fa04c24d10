import { Table, Text, VisuallyHidden } from '@mantine/core';
import { isAuditOperation } from '@tandem/shared-domain';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';

/** What the table shows of an event: the same fields of the log, of one person's trail or of one's own. */
export interface AuditEventRow {
  id: string;
  occurredAt: string;
  actorName?: string | null;
  operation: string;
  summary: string;
}

export function AuditEventTable({ events, caption }: { events: readonly AuditEventRow[]; caption?: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" bg="white" withTableBorder>
        <caption>
          <VisuallyHidden>{caption ?? t('audit.tableCaption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.occurredAt', { zone: format.timeZone })}</Table.Th>
            <Table.Th scope="col">{t('audit.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.operation')}</Table.Th>
            <Table.Th scope="col">{t('audit.summary')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
              </Table.Td>
              <Table.Td>
                {event.actorName ?? (
                  <Text span c="dimmed">
                    {t('audit.system')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {isAuditOperation(event.operation) ? t(`audit.operations.${event.operation}`) : event.operation}
              </Table.Td>
              {/* Written by the server, in English: data, not UI text. */}
              <Table.Td lang="en">{event.summary}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
