import { Button, List, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { usePeerReviewActions } from '../hooks/usePeerReviewActions';
import type { PeerReviewView } from './PeerReviewDetail';

/** The peers from the other Baltic countries, with the day each was trained. */
export function PeersList({ review }: { review: PeerReviewView }) {
  const { t } = useTranslation();
  const format = useFormatter();
  if (!review.peers.length) return <Text c="dimmed">{t('peerReviews.peers.none')}</Text>;
  return (
    <List aria-label={t('peerReviews.peers.title')}>
      {review.peers.map((p) => (
        <List.Item key={p.personId}>
          {t('peerReviews.peers.entry', {
            name: p.name,
            country: format.country(p.countryCode),
            trainedOn: format.date(p.trainedOn),
          })}
        </List.Item>
      ))}
    </List>
  );
}

/** The visit: its dates, the interview notes, and (for an assigned peer, during the visit) a new note. */
export function VisitPanel({ review }: { review: PeerReviewView }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <Stack gap="md">
      <Text>
        {review.visitStartsOn && review.visitEndsOn
          ? t('peerReviews.visit.on', { dates: format.dateRange(review.visitStartsOn, review.visitEndsOn) })
          : t('peerReviews.visit.notScheduled')}
      </Text>
      <Title order={3} size="h4">
        {t('peerReviews.peers.title')}
      </Title>
      <PeersList review={review} />
      <Title order={3} size="h4" id="interviews">
        {t('peerReviews.interviews.title')}
      </Title>
      {!review.interviews.length && <Text c="dimmed">{t('peerReviews.interviews.none')}</Text>}
      <Stack gap="sm" aria-labelledby="interviews" component="ul" style={{ listStyle: 'none', padding: 0 }}>
        {review.interviews.map((i) => (
          <Paper key={i.id} withBorder p="sm" component="li">
            <Text fw={600}>
              {i.interviewee} · {format.date(i.heldOn)}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{i.notes}</Text>
            {i.authorName && (
              <Text size="sm" c="dimmed">
                {t('peerReviews.writtenBy', { name: i.authorName })}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
      {review.canWriteAsPeer && review.stage === 'VISIT' && <InterviewForm reviewId={review.id} />}
    </Stack>
  );
}

function InterviewForm({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const { addInterview, addingInterview } = usePeerReviewActions(reviewId);
  const [interviewee, setInterviewee] = useState('');
  const [heldOn, setHeldOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [notes, setNotes] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const { fieldError } = useFieldErrors(failure);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (addingInterview) return;
    const { error } = await addInterview({ interviewee, heldOn, notes });
    setFailure(error);
    if (!error) {
      setInterviewee('');
      setNotes('');
    }
  }

  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={onSubmit} aria-labelledby="new-interview">
        <Stack gap="sm">
          <Title order={4} size="h5" id="new-interview">
            {t('peerReviews.interviews.new')}
          </Title>
          <TextInput
            label={t('peerReviews.interviews.interviewee')}
            description={t('peerReviews.interviews.intervieweeHint')}
            value={interviewee}
            onChange={(e) => setInterviewee(e.currentTarget.value)}
            error={fieldError('interviewee')}
            required
          />
          <TextInput
            type="date"
            label={t('peerReviews.interviews.heldOn')}
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
            error={fieldError('heldOn')}
            required
          />
          <Textarea
            label={t('peerReviews.interviews.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={fieldError('notes')}
            autosize
            minRows={3}
            required
          />
          {failure && failure.code !== 'VALIDATION_FAILED' && <ErrorAlert error={failure} />}
          <div>
            <Button type="submit" loading={addingInterview}>
              {t('peerReviews.interviews.add')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
