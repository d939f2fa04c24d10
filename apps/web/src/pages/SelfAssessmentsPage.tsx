import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CompetenceProfileQuery } from '../modules/competences/graphql/competences';
import { navItem } from '../modules/navigation/nav-items';
import { MyProgress } from '../modules/self-assessments/components/MyProgress';
import { MySelfAssessments } from '../modules/self-assessments/components/MySelfAssessments';
import { TandemComparison } from '../modules/self-assessments/components/TandemComparison';
import { SuggestedResources } from '../modules/toolbox/components/SuggestedResources';
import { MySelfAssessmentsQuery } from '../modules/self-assessments/graphql/self-assessments';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/self-assessments`: the tutor's rounds, their progress and the comparison with their partner. */
export function SelfAssessmentsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('selfAssessments').permission}>
      <PageHeader title={t('selfAssessment.title')} description={t('selfAssessment.intro')} />
      <SelfAssessmentsOverview />
    </RequirePermission>
  );
}

function SelfAssessmentsOverview() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(MySelfAssessmentsQuery, { fetchPolicy: 'cache-and-network' });
  const { data: profile } = useSuspenseQuery(CompetenceProfileQuery, { variables: {} });
  return (
    <Stack gap="xl">
      <MySelfAssessments rounds={data.assessmentRounds} items={data.mySelfAssessments} />
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('selfAssessment.progress.title')}
        </Title>
        <Text c="dimmed">{t('selfAssessment.progress.intro')}</Text>
        <Anchor component={Link} to="/self-assessments/summary" w="fit-content">
          {t('selfAssessment.progress.print')}
        </Anchor>
        <MyProgress profile={profile.competenceProfile} items={data.mySelfAssessments} />
      </Stack>
      {data.mySelfAssessments.some((s) => s.status === 'SUBMITTED') && <SuggestedResources />}
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('selfAssessment.tandem.title')}
        </Title>
        <Text c="dimmed">{t('selfAssessment.tandem.intro')}</Text>
        <TandemComparison />
      </Stack>
    </Stack>
  );
}
