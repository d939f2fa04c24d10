import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { StudyVisitsQuery } from '../graphql/study-visits';
import { participantStatusKey, studyVisitPath } from '../labels';

/** The study visits, newest first: where, when, how many take part and the viewer's own status. */
export function StudyVisitList() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(StudyVisitsQuery, { fetchPolicy: 'cache-and-network' });
  const visits = data.studyVisits;
  if (visits.length === 0) return <Text>{t('toolbox.studyVisits.empty')}</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {visits.map((visit) => (
        <Paper component="li" key={visit.id} withBorder p="md" data-testid="study-visit">
          <Group justify="space-between" align="flex-start">
            <Title order={2} size="h4">
              <Anchor component={Link} to={studyVisitPath(visit.id)}>
                {visit.title}
              </Anchor>
            </Title>
            {visit.myStatus && (
              <Badge variant="light" color="baltic.9">
                {t(participantStatusKey(visit.myStatus))}
              </Badge>
            )}
          </Group>
          <Text size="sm" mt={4}>
            {[
              format.country(visit.hostCountry),
              visit.hostOrganisations.join(', '),
              format.dateRange(visit.startsOn, visit.endsOn),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('toolbox.studyVisits.participantCount', { count: visit.participants.length })}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
