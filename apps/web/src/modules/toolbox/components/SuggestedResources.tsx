import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { SuggestedResourcesQuery } from '../graphql/toolbox';
import { resourceKindKey, resourcePath } from '../labels';

interface Props {
  /** Only the module's resources (tagged to it or to a competence it develops). */
  moduleId?: string;
  headingOrder?: 2 | 3;
}

/**
 * "Suggested for you": toolbox resources for the competences where the tutor rated themself lowest
 * (others: the module's resources). Not in the page's way: it loads on its own and shows nothing
 * while loading, on an error or when there is nothing to suggest.
 */
export function SuggestedResources({ moduleId, headingOrder = 2 }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const person = useSignedInPerson();
  const allowed = may(person.roles, 'resource.suggestions');
  const { data } = useQuery(SuggestedResourcesQuery, {
    variables: { moduleId: moduleId ?? null, first: 5 },
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  const suggestions = data?.suggestedResources ?? [];
  if (!suggestions.length) return null;
  const personal = suggestions.some((s) => s.reasons.length > 0);
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" data-testid="suggested-resources">
      <Title order={headingOrder} size="h4" id={headingId}>
        {t('toolbox.suggestions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {personal ? t('toolbox.suggestions.personalIntro') : t('toolbox.suggestions.generalIntro')}
      </Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {suggestions.map(({ resource, reasons }) => (
          <li key={resource.id}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Anchor component={Link} to={resourcePath(resource.id)} lang={resource.shownLanguage} fw={600}>
                {resource.title}
              </Anchor>
              <Badge variant="light" color="baltic.9" size="sm">
                {t(resourceKindKey(resource.kind))}
              </Badge>
            </Group>
            {reasons.map((reason) => (
              <Text key={reason.competenceId} size="sm" c="dimmed">
                {t('toolbox.suggestions.reason', {
                  code: reason.code,
                  title: reason.title,
                  level: reason.level,
                  scale: reason.scaleLevels,
                })}
              </Text>
            ))}
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
