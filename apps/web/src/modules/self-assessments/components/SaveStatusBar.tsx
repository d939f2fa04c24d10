import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../hooks/useAutosave';

/**
 * How far the form is and whether it is saved, kept in view at the bottom of the screen while the
 * tutor scrolls (also on a phone), with the way to submit once everything is rated.
 */
export function SaveStatusBar({
  rated,
  total,
  state,
  onRetry,
  onSubmit,
}: {
  rated: number;
  total: number;
  state: SaveState;
  onRetry: () => void;
  /** Absent while the confirmation is open below (one Submit button at a time). */
  onSubmit?: () => void;
}) {
  const { t } = useTranslation();
  const failing = state === 'unsaved' || state === 'offline';
  return (
    <Paper
      withBorder
      shadow="sm"
      p="sm"
      style={{ position: 'sticky', bottom: 0, zIndex: 5 }}
      data-testid="save-status-bar"
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="md" aria-live="polite">
          <Text data-testid="rated-count">{t('selfAssessment.form.rated', { rated, total })}</Text>
          <Text size="sm" fw={failing ? 600 : 400} data-testid="save-state" data-state={state}>
            {t(`selfAssessment.form.${state === 'pending' ? 'saving' : state}`)}
          </Text>
        </Group>
        <Group gap="xs">
          {failing && (
            <Button size="xs" variant="subtle" onClick={onRetry}>
              {t('selfAssessment.form.retry')}
            </Button>
          )}
          {onSubmit && (
            <Button onClick={onSubmit} disabled={rated < total} mih={44}>
              {t('selfAssessment.form.submit')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
