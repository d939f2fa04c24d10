import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import { isLocale, LOCALE_NATIVE_NAMES, type FieldError } from '@tandem/shared-domain';
import { useTranslation } from 'react-i18next';
import type { TemplateImportReport as Report } from '../template-files';

const languageName = (code: string) => (isLocale(code) ? LOCALE_NATIVE_NAMES[code] : code);
const TEXTS_SHOWN = 50;

/** Where a refusal is: a spreadsheet row and column (`rows.12.lv`) or a path in the JSON document. */
export function useErrorPlace() {
  const { t } = useTranslation();
  return (f: FieldError) => {
    const row = /^rows\.(\d+)\.(.+)$/.exec(f.field);
    return row ? t('surveyTemplates.report.rowColumn', { row: Number(row[1]), column: row[2] }) : f.field;
  };
}

/** The refusals of a file, each with its place and the rule's text in the viewer's language. */
export function TemplateFileErrors({ errors }: { errors: readonly FieldError[] }) {
  const { t } = useTranslation();
  const place = useErrorPlace();
  return (
    <List size="sm" data-testid="template-import-errors">
      {errors.map((f, i) => (
        <List.Item key={`${f.field}-${i}`}>
          <Text span fw={600}>
            {place(f)}
          </Text>{' '}
          {t(`validation.${f.rule}`, f.params ?? {})}
        </List.Item>
      ))}
    </List>
  );
}

/** What a dry run found (or an apply did): the action, texts per language, questions, settings, row errors. */
export function TemplateImportReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  const codes = (list: string[]) => list.join(', ');
  return (
    <Stack gap="sm" data-testid={report.dryRun ? 'template-import-preview' : 'template-import-done'}>
      <Text role="status" fw={600}>
        {t(`surveyTemplates.report.${report.dryRun ? 'wouldAction' : 'didAction'}.${report.action}`, {
          key: report.templateKey,
        })}
      </Text>
      {report.dryRun && <Text size="sm">{t('surveyTemplates.report.nothingWritten')}</Text>}
      {report.errorCount > 0 && (
        <Alert color="red" title={t('surveyTemplates.report.hasErrors', { count: report.errorCount })}>
          <TemplateFileErrors errors={report.errors} />
        </Alert>
      )}
      <Table withTableBorder w="fit-content" data-testid="template-import-languages">
        <Table.Caption>{t('surveyTemplates.report.languages')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveyTemplates.report.language')}</Table.Th>
            <Table.Th scope="col">{t('surveyTemplates.report.added')}</Table.Th>
            <Table.Th scope="col">{t('surveyTemplates.report.changed')}</Table.Th>
            <Table.Th scope="col">{t('surveyTemplates.report.removed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.languages.map((l) => (
            <Table.Tr key={l.language} data-language={l.language}>
              <Table.Th scope="row">{languageName(l.language)}</Table.Th>
              <Table.Td>{l.added}</Table.Td>
              <Table.Td>{l.changed}</Table.Td>
              <Table.Td>{l.removed}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {(['added', 'removed', 'changed'] as const).map(
        (kind) =>
          report.questions[kind].length > 0 && (
            <Text size="sm" key={kind}>
              {t(`surveyTemplates.report.questions.${kind}`, { codes: codes(report.questions[kind]) })}
            </Text>
          ),
      )}
      {report.settings.length > 0 && (
        <Text size="sm">{t('surveyTemplates.report.settings', { names: codes(report.settings) })}</Text>
      )}
      {report.texts.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('surveyTemplates.report.texts', {
              shown: Math.min(TEXTS_SHOWN, report.texts.length),
              count: report.textChangeCount,
            })}
          </Title>
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('surveyTemplates.report.key')}</Table.Th>
                  <Table.Th scope="col">{t('surveyTemplates.report.language')}</Table.Th>
                  <Table.Th scope="col">{t('surveyTemplates.report.change')}</Table.Th>
                  <Table.Th scope="col">{t('surveyTemplates.report.before')}</Table.Th>
                  <Table.Th scope="col">{t('surveyTemplates.report.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.texts.slice(0, TEXTS_SHOWN).map((c) => (
                  <Table.Tr key={`${c.key}-${c.language}`}>
                    <Table.Td ff="monospace">{c.key}</Table.Td>
                    <Table.Td>{c.language.toUpperCase()}</Table.Td>
                    <Table.Td>{t(`surveyTemplates.report.changeKind.${c.change}`)}</Table.Td>
                    <Table.Td>{c.before ?? '—'}</Table.Td>
                    <Table.Td>{c.after ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}
