import { useSuspenseQuery } from '@apollo/client/react';
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MySurveysQuery } from '../graphql/surveys';
import { MySurveysList } from './MySurveysList';

/** On the tutor's home page: the surveys waiting for their answer (nothing when none waits). */
export function PendingSurveysPanel() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(MySurveysQuery, { fetchPolicy: 'cache-and-network' });
  if (!data.mySurveys.some((s) => s.status === 'PENDING')) return null;
  return (
    <section aria-labelledby="pending-surveys">
      <Title order={2} id="pending-surveys" mb="sm">
        {t('surveys.pendingTitle')}
      </Title>
      <MySurveysList items={data.mySurveys} pendingOnly />
    </section>
  );
}
