import { Paper } from '@mantine/core';
import { useParams } from 'react-router';
import { BareLayout } from '../app/layout/BareLayout';
import { StakeholderSurvey } from '../modules/surveys/components/StakeholderSurvey';

/** `/survey-link/:token` — a stakeholder's one-time survey link (public: stakeholders have no account). */
export function SurveyLinkPage() {
  const { token = '' } = useParams();
  return (
    <BareLayout size="md">
      <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} mt="lg">
        <StakeholderSurvey key={token} token={token} />
      </Paper>
    </BareLayout>
  );
}
