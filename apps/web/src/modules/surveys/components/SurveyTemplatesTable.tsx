import { Button, Group, Table, Text } from '@mantine/core';
import type { SurveyTemplatesQuery } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_FILE_FORMATS, templateFileHref } from '../template-files';

type Template = SurveyTemplatesQuery['surveyTemplates'][number];

/** The templates with their downloads: the whole definition (JSON) and the translators' spreadsheet (XLSX). */
export function SurveyTemplatesTable({ templates }: { templates: readonly Template[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="survey-templates">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveyTemplates.table.name')}</Table.Th>
            <Table.Th scope="col">{t('surveyTemplates.table.key')}</Table.Th>
            <Table.Th scope="col">{t('surveyTemplates.table.kind')}</Table.Th>
            <Table.Th scope="col">{t('surveyTemplates.table.questions')}</Table.Th>
            <Table.Th scope="col">{t('surveyTemplates.table.missing')}</Table.Th>
            <Table.Th scope="col">{t('surveyTemplates.table.downloads')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {templates.map((template) => (
            <Table.Tr key={template.id} data-testid={`survey-template-${template.key}`}>
              <Table.Td>{template.title}</Table.Td>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {template.key}
                </Text>
              </Table.Td>
              <Table.Td>{t(`surveyTemplates.kind.${template.kind}`)}</Table.Td>
              <Table.Td>{template.questionCount}</Table.Td>
              <Table.Td>
                {template.missingLanguages.length
                  ? template.missingLanguages.map((l) => l.toUpperCase()).join(', ')
                  : t('surveyTemplates.table.none')}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {TEMPLATE_FILE_FORMATS.map((format) => (
                    <Button
                      key={format}
                      component="a"
                      size="xs"
                      variant="light"
                      href={templateFileHref(template.id, format)}
                      download
                      aria-label={t(`surveyTemplates.download.${format}Named`, { title: template.title })}
                      data-testid={`template-download-${format}`}
                    >
                      {t(`surveyTemplates.download.${format}`)}
                    </Button>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
