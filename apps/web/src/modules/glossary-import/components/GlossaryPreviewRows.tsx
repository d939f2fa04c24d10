import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GlossaryImportReport } from '../glossary-upload';

/** What each valid row will do (the first 500 rows). */
export function GlossaryPreviewRows({ rows }: { rows: GlossaryImportReport['rows'] }) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder captionSide="top" data-testid="glossary-import-rows">
      <Table.Caption ta="start" fw={600} c="dark">
        {t('glossaryImport.preview.caption')}
      </Table.Caption>
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
              <Text size="sm" fw={600}>
                {t(`glossaryImport.actions.${r.action}`)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
