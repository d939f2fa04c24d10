import { Button, Checkbox, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { PEER_REVIEW_QUALITY_AREAS, type PeerReviewQualityArea } from '@tandem/shared-domain';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerReviewView } from './PeerReviewDetail';
import { usePeerReviewActions } from '../hooks/usePeerReviewActions';

/** The country team's self-report: the quality areas it chose, each with its text; read-only for the others. */
export function SelfReportPanel({ review }: { review: PeerReviewView }) {
  const { t } = useTranslation();
  const editable = review.canWriteAsCountry && review.stage === 'PREPARATION';
  if (!editable)
    return (
      <Stack gap="sm">
        {!review.selfReport.length && <Text c="dimmed">{t('peerReviews.selfReport.none')}</Text>}
        {review.selfReport.map((a) => (
          <Paper key={a.areaCode} withBorder p="sm">
            <Title order={4} size="h5">
              {t(`peerReviews.area.${a.areaCode}`)}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{a.text}</Text>
          </Paper>
        ))}
      </Stack>
    );
  return <SelfReportEditor review={review} />;
}

function SelfReportEditor({ review }: { review: PeerReviewView }) {
  const { t } = useTranslation();
  const { saveSelfReport, savingSelfReport } = usePeerReviewActions(review.id);
  const [texts, setTexts] = useState<Partial<Record<PeerReviewQualityArea, string>>>(() =>
    Object.fromEntries(review.selfReport.map((a) => [a.areaCode, a.text])),
  );
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const { fieldError } = useFieldErrors(failure);
  const chosen = PEER_REVIEW_QUALITY_AREAS.filter((a) => texts[a] !== undefined);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (savingSelfReport) return;
    const { error } = await saveSelfReport(
      review.lockVersion,
      chosen.map((areaCode) => ({ areaCode, text: texts[areaCode] ?? '' })),
    );
    setFailure(error);
    setSaved(!error);
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="self-report-editor">
      <Stack gap="sm">
        <Title order={3} size="h4" id="self-report-editor">
          {t('peerReviews.selfReport.edit')}
        </Title>
        <Checkbox.Group
          label={t('peerReviews.selfReport.areas')}
          description={t('peerReviews.selfReport.areasHint')}
          value={chosen}
          onChange={(values) =>
            setTexts((old) => Object.fromEntries(values.map((v) => [v, old[v as PeerReviewQualityArea] ?? ''])))
          }
        >
          <Stack gap={4} mt="xs">
            {PEER_REVIEW_QUALITY_AREAS.map((a) => (
              <Checkbox key={a} value={a} label={t(`peerReviews.area.${a}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        {chosen.map((a, i) => (
          <Textarea
            key={a}
            label={t(`peerReviews.area.${a}`)}
            value={texts[a] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setTexts((old) => ({ ...old, [a]: value }));
            }}
            error={fieldError(`areas.${i}.text`)}
            autosize
            minRows={3}
            required
          />
        ))}
        {failure && failure.code !== 'VALIDATION_FAILED' && <ErrorAlert error={failure} />}
        {saved && <Text c="teal">{t('peerReviews.saved')}</Text>}
        <div>
          <Button type="submit" loading={savingSelfReport}>
            {t('peerReviews.selfReport.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
