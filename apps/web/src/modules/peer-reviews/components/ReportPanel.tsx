import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { PEER_REVIEW_QUALITY_AREAS, type PeerReviewQualityArea } from '@tandem/shared-domain';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { usePeerReviewActions } from '../hooks/usePeerReviewActions';
import type { PeerReviewView } from './PeerReviewDetail';

/** The peer report: the recommendations per quality area, within the report deadline. */
export function ReportPanel({ review }: { review: PeerReviewView }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Text>
          {review.reportDueOn
            ? t('peerReviews.report.dueOn', { date: format.date(review.reportDueOn) })
            : t('peerReviews.report.noDeadline')}
        </Text>
        {review.reportOverdue && <Badge color="red">{t('peerReviews.report.overdue')}</Badge>}
      </Group>
      <Recommendations review={review} />
      {review.canWriteAsPeer && review.stage === 'REPORT' && <RecommendationForm reviewId={review.id} />}
    </Stack>
  );
}

export function Recommendations({ review }: { review: PeerReviewView }) {
  const { t } = useTranslation();
  if (!review.recommendations.length) return <Text c="dimmed">{t('peerReviews.report.none')}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0 }} aria-label={t('peerReviews.report.title')}>
      {review.recommendations.map((c) => (
        <Paper key={c.id} withBorder p="sm" component="li">
          <Text fw={600}>{t(`peerReviews.area.${c.areaCode}`)}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{c.text}</Text>
          {c.authorName && (
            <Text size="sm" c="dimmed">
              {t('peerReviews.writtenBy', { name: c.authorName })}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

function RecommendationForm({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const { addRecommendation, addingRecommendation } = usePeerReviewActions(reviewId);
  const [areaCode, setAreaCode] = useState<PeerReviewQualityArea>('CURRICULA');
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const { fieldError } = useFieldErrors(failure);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (addingRecommendation) return;
    const { error } = await addRecommendation({ areaCode, text });
    setFailure(error);
    if (!error) setText('');
  }

  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={onSubmit} aria-labelledby="new-recommendation">
        <Stack gap="sm">
          <Title order={4} size="h5" id="new-recommendation">
            {t('peerReviews.report.new')}
          </Title>
          <Select
            label={t('peerReviews.report.area')}
            value={areaCode}
            onChange={(v) => v && setAreaCode(v as PeerReviewQualityArea)}
            data={PEER_REVIEW_QUALITY_AREAS.map((a) => ({ value: a, label: t(`peerReviews.area.${a}`) }))}
            allowDeselect={false}
          />
          <Textarea
            label={t('peerReviews.report.text')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError('text')}
            autosize
            minRows={3}
            required
          />
          {failure && failure.code !== 'VALIDATION_FAILED' && <ErrorAlert error={failure} />}
          <div>
            <Button type="submit" loading={addingRecommendation}>
              {t('peerReviews.report.add')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

/** The reviewed country's comments on the report; its team writes them during COMMENTS. */
export function CommentsPanel({ review }: { review: PeerReviewView }) {
  const { t } = useTranslation();
  const { comment, commenting } = usePeerReviewActions(review.id);
  const [text, setText] = useState(review.countryComments ?? '');
  const [failure, setFailure] = useState<AppError | null>(null);
  const { fieldError } = useFieldErrors(failure);
  const editable = review.canWriteAsCountry && review.stage === 'COMMENTS';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (commenting) return;
    setFailure((await comment(review.lockVersion, text)).error);
  }

  return (
    <Stack gap="md">
      <Recommendations review={review} />
      {!editable && (
        <Text style={{ whiteSpace: 'pre-wrap' }} c={review.countryComments ? undefined : 'dimmed'}>
          {review.countryComments ?? t('peerReviews.comments.none')}
        </Text>
      )}
      {editable && (
        <form noValidate onSubmit={onSubmit}>
          <Stack gap="sm">
            <Textarea
              label={t('peerReviews.comments.label')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={fieldError('comments')}
              autosize
              minRows={3}
              required
            />
            {failure && failure.code !== 'VALIDATION_FAILED' && <ErrorAlert error={failure} />}
            <div>
              <Button type="submit" loading={commenting}>
                {t('peerReviews.comments.save')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
