import { useSuspenseQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { SurveyTemplatesTable } from '../modules/surveys/components/SurveyTemplatesTable';
import { TemplateImport } from '../modules/surveys/components/TemplateImport';
import { SurveyTemplatesQuery } from '../modules/surveys/graphql/survey-templates';

/** `/admin/survey-templates`: ADMIN downloads templates (JSON, translators' XLSX) and uploads them back after a check. */
export function SurveyTemplatesPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('surveyTemplates').permission}>
      <PageHeader title={t('surveyTemplates.title')} description={t('surveyTemplates.intro')} />
      <Templates />
    </RequirePermission>
  );
}

function Templates() {
  const { data } = useSuspenseQuery(SurveyTemplatesQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="xl">
      <SurveyTemplatesTable templates={data.surveyTemplates} />
      <TemplateImport templates={data.surveyTemplates} />
    </Stack>
  );
}
