import { useSuspenseQuery } from '@apollo/client/react';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { ResearchDownloads } from '../modules/surveys/components/ResearchDownloads';
import { SurveysList } from '../modules/surveys/components/SurveysList';
import { SurveysQuery } from '../modules/surveys/graphql/surveys';

/** `/surveys`: the surveys in the viewer's scope, each with its k-anonymous results. */
export function SurveysPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('surveys').permission}>
      <PageHeader title={t('surveys.title')} description={t('surveys.intro', { k: 5 })} />
      <ResearchDownloads />
      <Surveys />
    </RequirePermission>
  );
}

function Surveys() {
  const { data } = useSuspenseQuery(SurveysQuery, { fetchPolicy: 'cache-and-network' });
  return <SurveysList items={data.surveys} />;
}
