import { useQuery } from '@apollo/client/react';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { isAuditOperation } from '@tandem/shared-domain';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { MobilityHistoryQuery } from '../graphql/mobilities';

/** What was done to the mobility, newest first: recorded, changed, each agreement uploaded. */
export function MobilityHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data, error } = useQuery(MobilityHistoryQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error) return <ErrorAlert error={toAppError(error)} />;
  if (!data) return <Text role="status">{t('app.loading')}</Text>;
  if (!data.mobilityHistory.length) return <Text c="dimmed">{t('toolbox.mobilities.noHistory')}</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" bg="white" withTableBorder data-testid="mobility-history">
        <caption>
          <VisuallyHidden>{t('toolbox.mobilities.history')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.occurredAt', { zone: format.timeZone })}</Table.Th>
            <Table.Th scope="col">{t('audit.operation')}</Table.Th>
            <Table.Th scope="col">{t('audit.actor')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.mobilityHistory.map((entry, i) => (
            <Table.Tr key={i}>
              <Table.Td>{format.dateTime(entry.occurredAt)}</Table.Td>
              <Table.Td>
                {isAuditOperation(entry.operation) ? t(`audit.operations.${entry.operation}`) : entry.operation}
              </Table.Td>
              <Table.Td>{entry.actor ?? t('audit.system')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
