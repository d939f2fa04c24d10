import { Stack } from '@mantine/core';
import { PageHeader, PageSection } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { MobilityCounts } from '../modules/study-visits/components/MobilityCounts';
import { StudyVisitList } from '../modules/study-visits/components/StudyVisitList';

/** `/study-visits`: the study visits and the mobilities across the Baltic Sea Region. */
export function StudyVisitsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('toolbox.studyVisits.title')} description={t('toolbox.studyVisits.intro')} />
      <Stack gap="xl">
        <StudyVisitList />
        <PageSection id="mobility-title" title={t('toolbox.mobility.title')}>
          <MobilityCounts />
        </PageSection>
      </Stack>
    </>
  );
}
