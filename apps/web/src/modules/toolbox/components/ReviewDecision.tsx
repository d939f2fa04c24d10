import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { ResourceDecision, ResourceSummaryFragment } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useReviewResource } from '../hooks/useResourceActions';

/** Approve at once; asking for changes or rejecting needs a reason the proposer reads. */
export function ReviewDecision({ resource }: { resource: ResourceSummaryFragment }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const review = useReviewResource();
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const id = useId();

  const decide = async (decision: ResourceDecision) => {
    const text = reason.trim();
    if (decision !== 'APPROVE' && !text) {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    await review.run({ id: resource.id, decision, ...(decision !== 'APPROVE' && { reason: text }) });
  };

  return (
    <Stack gap="xs" mt="sm" role="group" aria-labelledby={`${id}-label`}>
      <Text id={`${id}-label`} size="sm" fw={500}>
        {t('toolbox.resources.review.decide', { title: resource.title })}
        {' · '}
        {resource.countryCode ? format.country(resource.countryCode) : t('toolbox.resources.propose.balticWide')}
      </Text>
      {!resource.canReview ? (
        <Text size="sm" c="dimmed">
          {t('toolbox.resources.review.notYours')}
        </Text>
      ) : (
        <>
          <Textarea
            label={t('toolbox.resources.review.reason')}
            description={t('toolbox.resources.review.reasonHelp')}
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={reasonMissing ? t('toolbox.resources.review.reasonRequired') : undefined}
          />
          {review.failure && <ErrorAlert error={review.failure} />}
          <Group gap="sm">
            <Button loading={review.loading} onClick={() => void decide('APPROVE')}>
              {t('toolbox.resources.review.approve')}
            </Button>
            <Button variant="default" disabled={review.loading} onClick={() => void decide('REQUEST_CHANGES')}>
              {t('toolbox.resources.review.requestChanges')}
            </Button>
            <Button color="red.9" variant="outline" disabled={review.loading} onClick={() => void decide('REJECT')}>
              {t('toolbox.resources.review.reject')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
