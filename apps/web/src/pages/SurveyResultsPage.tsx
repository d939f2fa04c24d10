import { useSuspenseQuery } from '@apollo/client/react';
import { isUuid } from '@tandem/shared-domain';
import { Anchor } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { SurveyResultsView } from '../modules/surveys/components/SurveyResultsView';
import { SurveyQuery } from '../modules/surveys/graphql/surveys';
import { SurveySettings } from '../modules/surveys/components/SurveySettings';
import { TrainerQuestions } from '../modules/surveys/components/TrainerQuestions';
import { may } from '../modules/session/roles';
import { useSignedInPerson } from '../modules/session/session-context';

/** `/surveys/:surveyId`: one survey's results for trainers (own sessions), coordinators (their country) and ADMIN. */
export function SurveyResultsPage() {
  const { surveyId } = useParams();
  if (!isUuid(surveyId)) return <NotFoundNotice />;
  return (
    <RequirePermission permission={navItem('surveys').permission}>
      <Results id={surveyId} />
    </RequirePermission>
  );
}

function Results({ id }: { id: string }) {
  const { data } = useSuspenseQuery(SurveyQuery, { variables: { id } });
  const { t } = useTranslation();
  const s = data.survey;
  const manages = may(useSignedInPerson().roles, 'survey.manage');
  return (
    <>
      <PageHeader title={s.title} description={[s.moduleCode, s.moduleTitle].filter(Boolean).join(' · ')} />
      {manages && <SurveySettings survey={s} />}
      <TrainerQuestions survey={s} />
      {s.kind === 'FEEDBACK' && (
        <Anchor component={Link} to={`/surveys/${id}/compare`} data-testid="compare-link">
          {t('surveys.compare.link')}
        </Anchor>
      )}
      <SurveyResultsView surveyId={id} open={s.status === 'OPEN'} />
    </>
  );
}
