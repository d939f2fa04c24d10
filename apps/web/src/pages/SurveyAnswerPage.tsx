import { useBackgroundQuery, useReadQuery, useSuspenseQuery } from '@apollo/client/react';
import { isUuid } from '@tandem/shared-domain';
import { PageHeader } from '@tandem/web-ui';
import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { SurveyForm } from '../modules/surveys/components/SurveyForm';
import { MySurveyDraftQuery, MySurveysQuery, SurveyQuery } from '../modules/surveys/graphql/surveys';
import { stateFromAnswers } from '../modules/surveys/survey-form';

/** `/my-surveys/:surveyId`: answering one survey. */
export function SurveyAnswerPage() {
  const { surveyId } = useParams();
  if (!isUuid(surveyId)) return <NotFoundNotice />;
  return (
    <RequirePermission permission={navItem('mySurveys').permission}>
      <AnswerSurvey id={surveyId} />
    </RequirePermission>
  );
}

function AnswerSurvey({ id }: { id: string }) {
  // The saved answers are asked for at once, beside the survey (not after it), and always afresh.
  const [savedRef] = useBackgroundQuery(MySurveyDraftQuery, {
    variables: { surveyId: id },
    fetchPolicy: 'network-only',
  });
  const { data } = useSuspenseQuery(SurveyQuery, { variables: { id } });
  const { data: mine } = useSuspenseQuery(MySurveysQuery);
  const { data: saved } = useReadQuery(savedRef);
  const draft = saved.mySurveyDraft;
  const pending = mine.mySurveys.some((m) => m.survey.id === id && m.status === 'PENDING');
  const editing = draft.submitted && draft.editable;
  const s = data.survey;
  return (
    <>
      <PageHeader title={s.title} description={[s.moduleCode, s.moduleTitle].filter(Boolean).join(' · ')} />
      <SurveyForm
        survey={s}
        answerable={(pending && draft.editable) || editing}
        editing={editing}
        initial={stateFromAnswers(s.questions, draft.answers)}
      />
    </>
  );
}
