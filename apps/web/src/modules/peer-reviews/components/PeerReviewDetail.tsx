import { useSuspenseQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Stepper, Title } from '@mantine/core';
import { nextPeerReviewStage, PEER_REVIEW_STAGES, type PeerReviewStage } from '@tandem/shared-domain';
import type { PeerReviewFieldsFragment } from '@tandem/web-graphql';
import { ErrorAlert, PageHeader } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { PeerReviewQuery } from '../graphql/peer-reviews';
import { usePeerReviewActions } from '../hooks/usePeerReviewActions';
import { FollowUpPanel } from './FollowUpPanel';
import { CommentsPanel, Recommendations, ReportPanel } from './ReportPanel';
import { SelfReportPanel } from './SelfReportPanel';
import { PeersList, VisitPanel } from './VisitPanel';

export type PeerReviewView = PeerReviewFieldsFragment;

/** `/peer-reviews/:id`: the stages as steps, the panel of the chosen one (the current stage at first). */
export function PeerReviewDetail({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(PeerReviewQuery, { variables: { id: reviewId }, fetchPolicy: 'cache-and-network' });
  const review = data.peerReview;
  const current = PEER_REVIEW_STAGES.indexOf(review.stage);
  const [shown, setShown] = useState<number | null>(null);
  const active = shown ?? current;
  const { advance, startFollowUp, busy, failure } = usePeerReviewActions(review.id);
  const next = nextPeerReviewStage(review.stage);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('peerReviews.ofCountry', { country: format.country(review.countryCode) })}
        description={t('peerReviews.detailIntro', { revision: review.nationalProgrammeRevision })}
      />
      <Stepper active={current} onStepClick={setShown} size="sm" aria-label={t('peerReviews.stagesLabel')} wrap>
        {PEER_REVIEW_STAGES.map((s, i) => (
          <Stepper.Step
            key={s}
            label={t(`peerReviews.stage.${s}`)}
            aria-current={i === current ? 'step' : undefined}
            allowStepSelect={i <= current}
          />
        ))}
      </Stepper>
      <Group gap="sm">
        {review.canManage && next && (
          <Button variant="light" loading={busy} onClick={() => void advance(review.lockVersion, next)}>
            {t('peerReviews.advance', { stage: t(`peerReviews.stage.${next}`) })}
          </Button>
        )}
        {review.canWriteAsCountry && review.stage === 'COMMENTS' && (
          <Button loading={busy} onClick={() => void startFollowUp()}>
            {t('peerReviews.followUp.start')}
          </Button>
        )}
      </Group>
      {failure && <ErrorAlert error={failure} />}
      <Paper withBorder p="md" component="section" aria-labelledby="stage-panel">
        <Title order={2} size="h3" id="stage-panel" mb="sm">
          {t(`peerReviews.panel.${PEER_REVIEW_STAGES[active]}`)}
        </Title>
        <StagePanel stage={PEER_REVIEW_STAGES[active]} review={review} />
      </Paper>
    </Stack>
  );
}

function StagePanel({ stage, review }: { stage: PeerReviewStage; review: PeerReviewView }) {
  const { t } = useTranslation();
  switch (stage) {
    case 'PREPARATION':
      return (
        <Stack gap="md">
          <SelfReportPanel review={review} />
          <Title order={3} size="h4">
            {t('peerReviews.peers.title')}
          </Title>
          <PeersList review={review} />
        </Stack>
      );
    case 'VISIT':
      return <VisitPanel review={review} />;
    case 'REPORT':
      return <ReportPanel review={review} />;
    case 'COMMENTS':
      return <CommentsPanel review={review} />;
    case 'FOLLOW_UP':
      return <FollowUpPanel review={review} />;
    case 'CLOSED':
      return (
        <Stack gap="md">
          <Recommendations review={review} />
          <FollowUpPanel review={review} />
        </Stack>
      );
  }
}
