import { useQuery } from '@apollo/client/react';
import { Loader, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { TutorProgressQuery } from '../graphql/completion';
import { ProgressChecklist } from './ProgressChecklist';

function PartnerProgress({ personId, name, isViewer }: { personId: string; name: string; isViewer: boolean }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(TutorProgressQuery, {
    variables: { personId },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Stack gap="xs" data-testid="partner-progress">
      <Title order={3} size="h5">
        {name}
      </Title>
      {error && <ErrorAlert error={toAppError(error)} />}
      {!data && !error && <Loader size="sm" aria-label={t('completion.loading')} />}
      {data?.tutorProgress && <ProgressChecklist progress={data.tutorProgress} actions={isViewer} />}
    </Stack>
  );
}

/** Both partners' way to TRAINED on the tandem page: they see what the other still lacks. */
export function TandemProgress({
  tutors,
  viewerId,
}: {
  tutors: { id: string; displayName: string }[];
  viewerId: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="tandem-progress" withBorder p="lg" data-testid="tandem-progress">
      <Title order={2} id="tandem-progress" mb="sm">
        {t('completion.tandemTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {tutors.map((tutor) => (
          <PartnerProgress
            key={tutor.id}
            personId={tutor.id}
            name={tutor.displayName}
            isViewer={tutor.id === viewerId}
          />
        ))}
      </SimpleGrid>
    </Paper>
  );
}
