import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A language the term has no entry in: said so, never filled with another language. */
export function MissingLanguage() {
  const { t } = useTranslation();
  return (
    <Text component="span" size="sm" c="dimmed" fs="italic" data-testid="missing-language">
      {t('toolbox.dictionary.missing')}
    </Text>
  );
}
