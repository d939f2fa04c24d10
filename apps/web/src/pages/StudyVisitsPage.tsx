import { Button, Stack } from '@mantine/core';
import { PageHeader, PageSection } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { may } from '../modules/session/roles';
import { useSignedInPerson } from '../modules/session/session-context';
import { MobilityCounts } from '../modules/study-visits/components/MobilityCounts';
import { StudyVisitList } from '../modules/study-visits/components/StudyVisitList';

/** `/study-visits`: the study visits and the mobilities across the Baltic Sea Region. */
export function StudyVisitsPage() {
  const { t } = useTranslation();
  const person = useSignedInPerson();
  return (
    <>
      <PageHeader
        title={t('toolbox.studyVisits.title')}
        description={t('toolbox.studyVisits.intro')}
        actions={
          may(person.roles, 'studyVisit.manage') && (
            <Button component={Link} to="/study-visits/new">
              {t('toolbox.studyVisits.plan.newTitle')}
            </Button>
          )
        }
      />
      <Stack gap="xl">
        <StudyVisitList />
        <PageSection id="mobility-title" title={t('toolbox.mobility.title')}>
          <MobilityCounts />
        </PageSection>
      </Stack>
    </>
  );
}
