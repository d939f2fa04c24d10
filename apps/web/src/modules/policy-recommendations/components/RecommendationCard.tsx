import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { PolicyRecommendationFieldsFragment } from '@tandem/web-graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { audienceName } from '../audience';
import { RecommendationEvidence } from './RecommendationEvidence';

const STATUS_COLOR = { DRAFT: 'gray', IN_CONSULTATION: 'orange', PUBLISHED: 'teal' } as const;

/** A recommendation as written, its audience and status, its evidence and the consultation's comments. */
export function RecommendationCard({
  recommendation,
  onRemoveCitation,
  children,
}: {
  recommendation: PolicyRecommendationFieldsFragment;
  onRemoveCitation?: (citationId: string) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  const r = recommendation;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={`recommendation-${r.id}`}
      data-testid="recommendation"
    >
      <Stack gap="sm">
        <Group gap="xs">
          <Badge color={STATUS_COLOR[r.status]} variant="light" data-testid="recommendation-status">
            {t(`policy.status.${r.status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {audienceName(t, format.country, r.audience, r.countryCode)}
          </Text>
        </Group>
        <Title order={3} size="h4" id={`recommendation-${r.id}`} lang={r.language}>
          {r.title}
        </Title>
        <Text lang={r.language} style={{ whiteSpace: 'pre-line' }}>
          {r.text}
        </Text>
        <RecommendationEvidence recommendation={r} onRemoveCitation={onRemoveCitation} />
        {r.comments.length > 0 && (
          <section aria-label={t('policy.comments.title')}>
            <Text size="sm" fw={600}>
              {t('policy.comments.title')}
            </Text>
            <List size="sm">
              {r.comments.map((c) => (
                <List.Item key={c.id}>
                  {c.text} — {c.authorName ?? '–'}, {format.dateTime(c.createdAt)}
                </List.Item>
              ))}
            </List>
          </section>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
