import { Paper, Stack, Switch, Title } from '@mantine/core';
import type { SurveyQuery } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useSetSurveyEditing } from '../hooks/useSetSurveyEditing';

type Survey = Pick<SurveyQuery['survey'], 'id' | 'mode' | 'allowEditUntilClose'>;

/**
 * What a manager of the survey decides besides opening and closing it: whether a submitted response
 * may be changed until the survey closes. Never in an ANONYMOUS survey, and the editor says why.
 */
export function SurveySettings({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const { setEditing, saving, failure } = useSetSurveyEditing(survey.id);
  const anonymous = survey.mode === 'ANONYMOUS';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="survey-settings-title" data-testid="survey-settings">
      <Stack gap="xs">
        <Title order={2} size="h4" id="survey-settings-title">
          {t('surveys.settings.title')}
        </Title>
        <Switch
          label={t('surveys.settings.allowEdit')}
          description={t(anonymous ? 'surveys.settings.allowEditAnonymous' : 'surveys.settings.allowEditHint')}
          checked={survey.allowEditUntilClose && !anonymous}
          disabled={anonymous || saving}
          onChange={(e) => void setEditing(e.currentTarget.checked)}
          data-testid="allow-edit"
        />
        {failure && <ErrorAlert error={failure} />}
      </Stack>
    </Paper>
  );
}
