import { Badge } from '@mantine/core';
import type { TandemStatus } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { TANDEM_STATUS_BADGES, tandemStatusKey } from '../tandem-labels';

export function TandemStatusBadge({ status }: { status: TandemStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...TANDEM_STATUS_BADGES[status]} data-status={status}>
      {t(tandemStatusKey(status))}
    </Badge>
  );
}
