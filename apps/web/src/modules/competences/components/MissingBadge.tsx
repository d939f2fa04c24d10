import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** How many languages a text still lacks, and which. */
export function MissingBadge({ languages }: { languages: string[] }) {
  const { t } = useTranslation();
  if (!languages.length) return null;
  return (
    <Text size="sm" data-testid="missing-translations">
      <Badge variant="outline" color="gray" mr={6}>
        {languages.length}
      </Badge>
      {t('competences.missingTranslations', { languages: languages.map((l) => l.toUpperCase()).join(', ') })}
    </Text>
  );
}
