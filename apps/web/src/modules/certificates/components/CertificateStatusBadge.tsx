import { Badge } from '@mantine/core';
import type { CertificateStatus } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';

// Filled dark shades: white text on them meets WCAG AA contrast.
const COLOURS: Record<CertificateStatus, string> = { VALID: 'teal', REVOKED: 'red', REPLACED: 'gray' };

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLOURS[status]}
      variant="light"
      size="lg"

      data-testid="certificate-status"
      data-status={status}
    >
      {t(`certificates.status.${status}`)}
    </Badge>
  );
}
