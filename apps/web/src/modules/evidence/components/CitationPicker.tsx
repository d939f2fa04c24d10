import { Button, Group, Stack, Text } from '@mantine/core';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CitationSourceFields, emptyChoice, isCompleteChoice, type CitationChoice } from './CitationSourceFields';

/**
 * Cites evidence (in a draft finding, a policy recommendation): a survey question's result or a
 * quote shown in the results, a competence aggregate or a programme figure, for a group; the API
 * takes the snapshot (and refuses a group under 5, or a quote from one under 10).
 */
export function CitationPicker({
  onCite,
  citing,
  name,
}: {
  onCite: (choice: CitationChoice) => Promise<{ error: AppError | null }>;
  citing: boolean;
  /** Keeps the controls of two pickers on one page apart. */
  name: string;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<CitationChoice>(emptyChoice());
  const [failure, setFailure] = useState<AppError | null>(null);
  const { all } = useFieldErrors(failure);

  async function cite() {
    if (!isCompleteChoice(choice)) return;
    const { error } = await onCite(choice);
    setFailure(error);
    if (!error) setChoice(emptyChoice(choice.kind));
  }

  return (
    <Stack gap="xs" data-testid="citation-picker">
      <Text size="sm" fw={600}>
        {t('evidence.cite.title')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <CitationSourceFields value={choice} onChange={setChoice} name={name} />
        <Button onClick={cite} loading={citing} disabled={!isCompleteChoice(choice)} variant="light">
          {t('evidence.cite.submit')}
        </Button>
      </Group>
      {failure && (
        <ErrorAlert error={failure}>
          {all.map((e) => (
            <Text key={e.field} size="sm">
              {e.text}
            </Text>
          ))}
        </ErrorAlert>
      )}
    </Stack>
  );
}
