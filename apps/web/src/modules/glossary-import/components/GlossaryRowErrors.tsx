import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GlossaryRowError } from '../glossary-upload';

/** The rows to fix: row number, column (with its language) and what is wrong, in the reader's language. */
export function GlossaryRowErrors({ errors }: { errors: GlossaryRowError[] }) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder data-testid="glossary-import-errors">
      <Table.Caption>{t('glossaryImport.errors.caption', { count: errors.length })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('glossaryImport.errors.row')}</Table.Th>
          <Table.Th scope="col">{t('glossaryImport.errors.column')}</Table.Th>
          <Table.Th scope="col">{t('glossaryImport.errors.problem')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {errors.map((e) => (
          <Table.Tr key={`${e.row}-${e.column}-${e.code}`}>
            <Table.Td>{e.row}</Table.Td>
            <Table.Td>{e.column}</Table.Td>
            <Table.Td>{t(`glossaryImport.rowCodes.${e.code}`, { defaultValue: e.message })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
