import { useSuspenseQuery } from '@apollo/client/react';
import { isUuid } from '@tandem/shared-domain';
import { Anchor } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { may } from '../modules/session/roles';
import { useSignedInPerson } from '../modules/session/session-context';
import { SurveyResultsView } from '../modules/surveys/components/SurveyResultsView';
import { SurveyQuery } from '../modules/surveys/graphql/surveys';
import { SurveySettings } from '../modules/surveys/components/SurveySettings';
import { TrainerQuestions } from '../modules/surveys/components/TrainerQuestions';

/** Only the needs analysis asks stakeholders: the other surveys' pages do not load its form. */
const StakeholderLinksPanel = lazy(() =>
  import('../modules/surveys/components/StakeholderLinksPanel').then((m) => ({ default: m.StakeholderLinksPanel })),
);

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
  const person = useSignedInPerson();
  const s = data.survey;
  const manages = may(person.roles, 'survey.manage');
  const invites = s.kind === 'NEEDS_ANALYSIS' && may(person.roles, 'survey.inviteStakeholders');
  return (
    <>
      <PageHeader title={s.title} description={[s.moduleCode, s.moduleTitle].filter(Boolean).join(' · ')} />
      {manages && <SurveySettings survey={s} />}
      <TrainerQuestions survey={s} />
      {invites && (
        <Suspense fallback={null}>
          <StakeholderLinksPanel surveyId={id} open={s.status === 'OPEN'} />
        </Suspense>
      )}
      {s.kind === 'FEEDBACK' && (
        <Anchor component={Link} to={`/surveys/${id}/compare`} data-testid="compare-link">
          {t('surveys.compare.link')}
        </Anchor>
      )}
      <SurveyResultsView surveyId={id} open={s.status === 'OPEN'} />
    </>
  );
}
