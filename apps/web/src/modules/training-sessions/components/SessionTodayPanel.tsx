import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * On the day, for a tutor with a confirmed seat: the way in first. "Join online" as a large button
 * for an online session, and how to check in (the trainer's rotating QR code, scanned while signed in).
 */
export function SessionTodayPanel({ onlineUrl, venue }: { onlineUrl: string | null; venue: string | null }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="session-today" component="section" aria-labelledby="session-today-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="session-today-title">
          {t('sessions.today.title')}
        </Title>
        {onlineUrl && (
          <Button component="a" href={onlineUrl} target="_blank" rel="noopener noreferrer" size="md" mih={44}>
            {t('sessions.today.joinOnline')}
          </Button>
        )}
        {venue && <Text>{t('sessions.today.venue', { venue })}</Text>}
        <Text size="sm">{t('sessions.today.checkInHint')}</Text>
      </Stack>
    </Paper>
  );
}
