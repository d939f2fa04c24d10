import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GlossaryImportReport } from '../glossary-upload';

const COLOR = { NEW: 'green', UPDATED: 'blue', UNCHANGED: 'gray' } as const;

/** What each valid row will do (the first 500 rows). */
export function GlossaryPreviewRows({ rows }: { rows: GlossaryImportReport['rows'] }) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder data-testid="glossary-import-rows">
      <Table.Caption>{t('glossaryImport.preview.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('glossaryImport.errors.row')}</Table.Th>
          <Table.Th scope="col">{t('glossaryImport.preview.term')}</Table.Th>
          <Table.Th scope="col">{t('glossaryImport.preview.domain')}</Table.Th>
          <Table.Th scope="col">{t('glossaryImport.preview.action')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.row}>
            <Table.Td>{r.row}</Table.Td>
            <Table.Td>{r.term}</Table.Td>
            <Table.Td>{r.domain}</Table.Td>
            <Table.Td>
              <Badge color={COLOR[r.action]} variant="light">
                {t(`glossaryImport.actions.${r.action}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
