import { Badge } from '@mantine/core';
import type { CyclePhaseStatus } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { PHASE_STATUS_BADGES, phaseStatusKey } from '../phases';

export function PhaseStatusBadge({ status }: { status: CyclePhaseStatus }) {
  const { t } = useTranslation();
  return <Badge {...PHASE_STATUS_BADGES[status]}>{t(phaseStatusKey(status))}</Badge>;
}
