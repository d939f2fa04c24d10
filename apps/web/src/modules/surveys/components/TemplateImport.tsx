import { Alert, Button, FileInput, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import type { SurveyTemplatesQuery } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useTemplateImport } from '../hooks/useTemplateImport';
import { comparabilityBreaksOf, isSpreadsheet } from '../template-files';
import { TemplateFileErrors, TemplateImportReport } from './TemplateImportReport';

type Template = SurveyTemplatesQuery['surveyTemplates'][number];

/** Upload of a template (JSON) or its translations (XLSX): check first (nothing is saved), then apply. */
export function TemplateImport({ templates }: { templates: readonly Template[] }) {
  const { t } = useTranslation();
  const upload = useTemplateImport(templates);
  const spreadsheet = !!upload.file && isSpreadsheet(upload.file);
  const breaks = upload.failure ? comparabilityBreaksOf(upload.failure) : [];
  const ready = !!upload.file && (!spreadsheet || !!upload.templateId);

  return (
    <Stack gap="sm" component="section" aria-labelledby="template-import-title">
      <Title order={2} size="h4" id="template-import-title">
        {t('surveyTemplates.import.title')}
      </Title>
      <Text size="sm">{t('surveyTemplates.import.intro')}</Text>
      <Group align="flex-end">
        <FileInput
          label={t('surveyTemplates.import.file')}
          description={t('surveyTemplates.import.fileHelp')}
          accept=".json,application/json,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={upload.file}
          onChange={upload.choose}
          clearable
          clearButtonProps={{ 'aria-label': t('surveyTemplates.import.clear') }}
          w={320}
          data-testid="template-import-file"
        />
        {spreadsheet && (
          <Select
            label={t('surveyTemplates.import.template')}
            data={templates.map((x) => ({ value: x.id, label: `${x.title} (${x.key})` }))}
            value={upload.templateId}
            onChange={upload.chooseTemplate}
            required
            w={320}
            data-testid="template-import-target"
          />
        )}
      </Group>
      <Group>
        <Button
          onClick={() => void upload.check()}
          disabled={!ready || !!upload.busy}
          loading={upload.busy === 'check'}
        >
          {t('surveyTemplates.import.check')}
        </Button>
        <Button
          color="green"
          onClick={() => void upload.apply()}
          disabled={!upload.canApply || !!upload.busy}
          loading={upload.busy === 'apply'}
          data-testid="template-import-apply"
        >
          {t('surveyTemplates.import.apply')}
        </Button>
      </Group>
      {upload.failure && (
        <ErrorAlert
          error={upload.failure}
          title={t(breaks.length ? 'surveyTemplates.notComparable.title' : 'surveyTemplates.import.failed')}
        >
          {breaks.length > 0 && (
            <List size="sm" data-testid="template-import-breaks">
              {breaks.map((b, i) => (
                <List.Item key={i}>
                  {t(`surveyTemplates.notComparable.change.${b.change}`, {
                    question: b.questionCode ?? '',
                    option: b.optionCode ?? '',
                  })}
                </List.Item>
              ))}
            </List>
          )}
          {upload.failure.fields && <TemplateFileErrors errors={upload.failure.fields} />}
        </ErrorAlert>
      )}
      {upload.preview && <TemplateImportReport report={upload.preview} />}
      {upload.applied && (
        <Alert color="blue" title={t('surveyTemplates.import.appliedTitle')}>
          <TemplateImportReport report={upload.applied} />
        </Alert>
      )}
    </Stack>
  );
}
