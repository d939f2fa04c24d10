import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ResourceSummaryFragment } from '@tandem/web-graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { resourceKindKey, resourcePath } from '../labels';
import { LanguageBadges } from './LanguageBadges';

interface Props {
  resources: readonly ResourceSummaryFragment[];
  /** The level of each title under the page's own headings. */
  headingLevel?: 2 | 3;
  /** What follows a card (the review queue's decision form). */
  children?: (resource: ResourceSummaryFragment) => ReactNode;
}

/** Resources as a list of cards: kind, title in the reader's language, summary, languages, use. */
export function ResourceList({ resources, headingLevel = 2, children }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {resources.map((resource) => (
        <Paper component="li" key={resource.id} withBorder p="md" data-testid="resource">
          <Group justify="space-between" align="flex-start" gap="xs">
            <Title order={headingLevel} size="h4">
              <Anchor component={Link} to={resourcePath(resource.id)} lang={resource.shownLanguage}>
                {resource.title}
              </Anchor>
            </Title>
            <Badge variant="light" color="baltic.9">
              {t(resourceKindKey(resource.kind))}
            </Badge>
          </Group>
          {resource.summary && (
            <Text size="sm" mt={4} lang={resource.shownLanguage}>
              {resource.summary}
            </Text>
          )}
          <Group mt="xs" gap="md" justify="space-between">
            <LanguageBadges languages={resource.languages} />
            <Text size="xs" c="dimmed">
              {t('toolbox.resources.used', { count: resource.downloadCount })} · {format.dateTime(resource.createdAt)}
            </Text>
          </Group>
          {children?.(resource)}
        </Paper>
      ))}
    </Stack>
  );
}
