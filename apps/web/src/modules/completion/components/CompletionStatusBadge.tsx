import { Badge } from '@mantine/core';
import type { CompletionStatus } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<CompletionStatus, string> = {
  REGISTERED: 'gray',
  IN_TANDEM: 'blue',
  IN_TRAINING: 'violet',
  TRAINED: 'teal',
  WITHDRAWN: 'red',
};

export function CompletionStatusBadge({ status }: { status: CompletionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light" size="lg" data-testid="completion-status" data-status={status}>
      {t(`completion.status.${status}`)}
    </Badge>
  );
}
