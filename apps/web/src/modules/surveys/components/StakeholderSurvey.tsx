import { useQuery } from '@apollo/client/react';
import { Alert, Stack, Title } from '@mantine/core';
import { isLocale } from '@tandem/shared-domain';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@tandem/web-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { SurveyByLinkQuery } from '../graphql/survey-links';
import { useSubmitSurveyByLink } from '../hooks/useSubmitSurveyByLink';
import { SurveyFormView } from './SurveyForm';

/**
 * A stakeholder's one-time link, without signing in: the survey in the language they were invited in
 * (the page switches to it once; a language chosen later asks for the texts in that one). Any link
 * that cannot be used says only that it is not valid any more.
 */
export function StakeholderSurvey({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const [applied, setApplied] = useState(false);
  const { data, previousData, loading, error } = useQuery(SurveyByLinkQuery, {
    variables: { token, language: applied ? i18n.language : null },
    fetchPolicy: 'network-only',
  });
  const survey = (data ?? previousData)?.surveyByLink;
  const sender = useSubmitSurveyByLink(token);
  useDocumentTitle(survey?.title ?? t('surveys.links.invalidTitle'));

  useEffect(() => {
    if (!survey || applied) return;
    setApplied(true);
    if (isLocale(survey.language) && survey.language !== i18n.language) void i18n.changeLanguage(survey.language);
  }, [survey, applied, i18n]);

  if (loading && !survey) return <PageLoader />;
  if (error || !survey) {
    const appError = toAppError(error);
    return (
      <Stack gap="md">
        <Title order={1}>{t('surveys.links.invalidTitle')}</Title>
        {appError.code === 'SURVEY_LINK_INVALID' ? (
          <Alert color="yellow" role="alert" data-testid="survey-link-invalid">
            {t('surveys.links.invalidText')}
          </Alert>
        ) : (
          <ErrorAlert error={appError} />
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Title order={1}>{survey.title}</Title>
      <SurveyFormView survey={survey} answerable sender={sender} notice={t('surveys.links.oneUse')} />
    </Stack>
  );
}
