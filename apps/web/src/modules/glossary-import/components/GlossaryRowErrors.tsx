import { Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GlossaryRowError } from '../glossary-upload';

/** The rows to fix: row number, column (with its language) and what is wrong, in the reader's language. */
export function GlossaryRowErrors({ errors }: { errors: GlossaryRowError[] }) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder captionSide="top" data-testid="glossary-import-errors">
      <Table.Caption ta="start" fw={600} c="red.9">
        {t('glossaryImport.errors.caption', { count: errors.length })}
      </Table.Caption>
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
            <Table.Th scope="row" fw={500}>
              {e.row}
            </Table.Th>
            <Table.Td>
              <Code>{e.column}</Code>
            </Table.Td>
            <Table.Td>{t(`glossaryImport.rowCodes.${e.code}`, { defaultValue: e.message })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
