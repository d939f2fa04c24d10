import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePeerReviewActions } from '../hooks/usePeerReviewActions';
import type { PeerReviewView } from './PeerReviewDetail';

const NEXT: Record<string, 'AGREED' | 'DONE' | undefined> = { PROPOSED: 'AGREED', AGREED: 'DONE' };

/** The follow-up: every recommendation as an improvement action of the national programme, with its status. */
export function FollowUpPanel({ review }: { review: PeerReviewView }) {
  const { t } = useTranslation();
  const { setActionStatus, busy } = usePeerReviewActions(review.id);
  const tracked = review.recommendations.filter((c) => c.improvementActionId);
  if (!tracked.length) return <Text c="dimmed">{t('peerReviews.followUp.none')}</Text>;
  return (
    <Stack
      gap="sm"
      component="ul"
      style={{ listStyle: 'none', padding: 0 }}
      aria-label={t('peerReviews.followUp.title')}
    >
      {tracked.map((c) => {
        const next = c.actionStatus ? NEXT[c.actionStatus] : undefined;
        return (
          <Paper key={c.id} withBorder p="sm" component="li">
            <Group justify="space-between" align="flex-start">
              <div>
                <Text fw={600}>{t(`peerReviews.area.${c.areaCode}`)}</Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{c.text}</Text>
              </div>
              <Group gap="xs">
                {c.actionStatus && <Badge variant="light">{t(`peerReviews.followUp.status.${c.actionStatus}`)}</Badge>}
                {review.canWriteAsCountry && review.stage === 'FOLLOW_UP' && next && (
                  <Button
                    size="xs"
                    variant="light"
                    loading={busy}
                    onClick={() => void setActionStatus(c.improvementActionId as string, next)}
                  >
                    {t(`peerReviews.followUp.mark.${next}`)}
                  </Button>
                )}
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
