import { Anchor } from '@mantine/core';
import { PageHeader, PageSection } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCreateStudyVisit } from '../hooks/useStudyVisitActions';
import { studyVisitPath } from '../labels';
import { EMPTY_STUDY_VISIT, StudyVisitForm, toStudyVisitInput } from './StudyVisitForm';

/** `/study-visits/new`: plan a study visit (a coordinator: for their country). */
export function NewStudyVisit() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateStudyVisit();
  return (
    <>
      <Anchor component={Link} to="/study-visits" size="sm" mb="xs" display="inline-block">
        ← {t('toolbox.studyVisits.back')}
      </Anchor>
      <PageHeader title={t('toolbox.studyVisits.plan.newTitle')} description={t('toolbox.studyVisits.plan.newIntro')} />
      <PageSection id="visit-new" title={t('toolbox.studyVisits.plan.details')}>
        <StudyVisitForm
          initial={EMPTY_STUDY_VISIT}
          submitLabel={t('toolbox.studyVisits.plan.create')}
          saving={create.loading}
          failure={create.failure}
          onSubmit={(values) =>
            void create.run({ input: toStudyVisitInput(values) }).then((data) => {
              if (data) void navigate(studyVisitPath(data.createStudyVisit.id));
            })
          }
        />
      </PageSection>
    </>
  );
}
