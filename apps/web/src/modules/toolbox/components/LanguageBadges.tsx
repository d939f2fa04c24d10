import { Badge, Group } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, isLocale } from '@tandem/shared-domain';
import { useTranslation } from 'react-i18next';

/** Which languages a resource exists in, named in their own language (the reader may be looking for theirs). */
export function LanguageBadges({ languages }: { languages: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} aria-label={t('toolbox.resources.languages')} role="list">
      {languages.map((code) => (
        <Badge key={code} role="listitem" variant="outline" color="gray.8" size="sm">
          {isLocale(code) ? LOCALE_NATIVE_NAMES[code] : code}
        </Badge>
      ))}
    </Group>
  );
}
