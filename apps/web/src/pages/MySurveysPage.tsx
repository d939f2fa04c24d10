import { useSuspenseQuery } from '@apollo/client/react';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { MySurveysList } from '../modules/surveys/components/MySurveysList';
import { MySurveysQuery } from '../modules/surveys/graphql/surveys';

/** `/my-surveys`: the feedback the tutor is asked for, and what they answered. */
export function MySurveysPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('mySurveys').permission}>
      <PageHeader title={t('surveys.myTitle')} description={t('surveys.myIntro')} />
      <MySurveys />
    </RequirePermission>
  );
}

function MySurveys() {
  const { data } = useSuspenseQuery(MySurveysQuery, { fetchPolicy: 'cache-and-network' });
  return <MySurveysList items={data.mySurveys} />;
}
