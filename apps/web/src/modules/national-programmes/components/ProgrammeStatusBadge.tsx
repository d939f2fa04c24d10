import { Badge } from '@mantine/core';
import type { NationalProgrammeStatus } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';

const COLORS: Record<NationalProgrammeStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  APPROVED: 'teal',
  RETURNED: 'orange',
};

export function ProgrammeStatusBadge({ status }: { status: NationalProgrammeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      component="span"
      color={COLORS[status]}
      variant="light"

      data-testid="programme-status"
      data-status={status}
    >
      {t(`nationalProgrammes.status.${status}`)}
    </Badge>
  );
}
