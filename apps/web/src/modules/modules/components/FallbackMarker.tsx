import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Marks a text shown in English because the viewer's language has none. */
export function FallbackMarker({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <Badge
      component="span"
      variant="outline"
      color="gray"
      size="sm"

      ml="xs"
      title={t('modules.fallbackHelp')}
      data-testid="fallback-marker"
      style={{ verticalAlign: 'middle' }}
    >
      {t('modules.fallback')}
    </Badge>
  );
}
