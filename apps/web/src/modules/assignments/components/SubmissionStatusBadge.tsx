import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUBMISSION_STATE_COLORS, type SubmissionState } from '../submission-state';

export function SubmissionStatusBadge({ state }: { state: SubmissionState }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={SUBMISSION_STATE_COLORS[state]}
      variant="light"

      data-testid="submission-status"
      data-status={state}
    >
      {t(`assignments.status.${state}`)}
    </Badge>
  );
}
