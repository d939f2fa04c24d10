import { Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import type { ImportRowError } from '../import-response';

/**
 * Row, column, message: the rows to correct in the spreadsheet. Row numbers are the spreadsheet's
 * own (the header is row 1), so the person finds the row where their program shows it.
 */
export function RowErrorTable({ errors }: { errors: readonly ImportRowError[] }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped withTableBorder captionSide="top" data-testid="import-row-errors">
        <Table.Caption ta="start" fw={600} c="red.8">
          {t('imports.rowErrors.caption', { count: errors.length })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('imports.rowErrors.row')}</Table.Th>
            <Table.Th scope="col">{t('imports.rowErrors.column')}</Table.Th>
            <Table.Th scope="col">{t('imports.rowErrors.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error, index) => (
            <Table.Tr key={`${error.row}-${error.column}-${index}`}>
              <Table.Th scope="row" fw={500}>
                {format.number(error.row)}
              </Table.Th>
              <Table.Td>
                <Code>{error.column}</Code>
              </Table.Td>
              <Table.Td>{error.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
