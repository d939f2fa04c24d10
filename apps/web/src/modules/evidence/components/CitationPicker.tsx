import { Button, Group, Stack, Text } from '@mantine/core';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFindingActions } from '../hooks/useFindingActions';
import { CitationSourceFields, emptyChoice, isCompleteChoice, type CitationChoice } from './CitationSourceFields';

/**
 * Cites evidence in a draft finding: a survey question's result or a quoted answer, a competence
 * aggregate or a programme figure, for a group; the API takes the snapshot (and refuses a group
 * under 5, or a quote from one under 10).
 */
export function CitationPicker({ findingId }: { findingId: string }) {
  const { t } = useTranslation();
  const { addCitation, citing } = useFindingActions();
  const [choice, setChoice] = useState<CitationChoice>(emptyChoice());
  const [failure, setFailure] = useState<AppError | null>(null);
  const { all } = useFieldErrors(failure);

  async function cite() {
    if (!isCompleteChoice(choice)) return;
    const { error } = await addCitation({ findingId, ...choice });
    setFailure(error);
    if (!error) setChoice(emptyChoice(choice.kind));
  }

  return (
    <Stack gap="xs" data-testid="citation-picker">
      <Text size="sm" fw={600}>
        {t('evidence.cite.title')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <CitationSourceFields value={choice} onChange={setChoice} name={`cite-${findingId}`} />
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
