import { Button, Group, List, Stack, Text } from '@mantine/core';
import type { PolicyRecommendationFieldsFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { EvidenceFigure } from '../../evidence/components/EvidenceFigure';

type Citation = PolicyRecommendationFieldsFragment['citations'][number];

function CitationItem({ citation, onRemove }: { citation: Citation; onRemove?: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="recommendation-citation">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text size="xs" tt="uppercase" c="dimmed">
            {t(`evidence.kind.${citation.kind}`)}
          </Text>
          <EvidenceFigure snapshot={citation.snapshot} />
        </Stack>
        {onRemove && (
          <Button size="xs" variant="subtle" color="red" onClick={() => onRemove(citation.id)}>
            {t('evidence.citations.remove')}
          </Button>
        )}
      </Group>
    </List.Item>
  );
}

/**
 * What a recommendation rests on, as the brief shows it: its own cited figures, then each finding
 * (as written) with the figures that finding cites. Numbers are the frozen snapshots, with n.
 */
export function RecommendationEvidence({
  recommendation,
  onRemoveCitation,
}: {
  recommendation: PolicyRecommendationFieldsFragment;
  onRemoveCitation?: (citationId: string) => void;
}) {
  const { t } = useTranslation();
  const r = recommendation;
  return (
    <section aria-label={t('policy.evidence.title')}>
      <Text size="sm" fw={600} mb={4}>
        {t('policy.evidence.title')}
      </Text>
      {!r.citations.length && !r.findings.length ? (
        <Text size="sm" c="dimmed">
          {t('policy.evidence.none')}
        </Text>
      ) : (
        <List spacing="sm" listStyleType="none" p={0}>
          {r.citations.map((c) => (
            <CitationItem key={c.id} citation={c} onRemove={r.canEdit ? onRemoveCitation : undefined} />
          ))}
          {r.findings.map((f) => (
            <List.Item key={f.id} data-testid="recommendation-finding">
              <Text size="sm">
                <Text span c="dimmed">
                  {t('policy.brief.fromFinding')}
                </Text>{' '}
                <Text span fw={600} lang={f.language}>
                  {f.statement}
                </Text>
              </Text>
              <List spacing="xs" listStyleType="none" pl="md" mt={4}>
                {f.citations.map((c) => (
                  <CitationItem key={c.id} citation={c} />
                ))}
              </List>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
