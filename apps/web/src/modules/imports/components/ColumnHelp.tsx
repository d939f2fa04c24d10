import { Box, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The template's columns, in the order of the API's TUTOR_IMPORT_COLUMNS. */
export const TUTOR_IMPORT_COLUMNS = [
  'email',
  'given_name',
  'family_name',
  'organisation_registry_code',
  'occupation_field',
  'years_of_experience',
  'languages',
  'preferred_language',
] as const;

/** What goes into each column of the template; folded away until asked for. */
export function ColumnHelp() {
  const { t } = useTranslation();
  return (
    <Box component="details">
      <Text component="summary" size="sm" fw={500} style={{ cursor: 'pointer' }}>
        {t('imports.columns.title')}
      </Text>
      <Stack component="dl" gap="xs" mt="sm" mb={0}>
        {TUTOR_IMPORT_COLUMNS.map((column) => (
          <div key={column}>
            <Text component="dt" size="sm">
              <Code>{column}</Code>
            </Text>
            <Text component="dd" size="sm" c="dimmed" ml="md">
              {t(`imports.columns.${column}`)}
            </Text>
          </div>
        ))}
      </Stack>
    </Box>
  );
}
