import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendarFeed } from '../hooks/useCalendarFeed';

/** The private calendar feed: a new secret link (shown once) or revoking it. */
export function CalendarFeedPanel({ hasFeed }: { hasFeed: boolean }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const { create, revoke, creating, revoking, failure } = useCalendarFeed();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('calendar.feedTitle')}
        </Title>
        <Text size="sm">{hasFeed ? t('calendar.feedActive') : t('calendar.feedIntro')}</Text>
        {failure && <ErrorAlert error={failure} />}
        {url && (
          <TextInput
            label={t('calendar.feedUrl')}
            value={url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            data-testid="feed-url"
          />
        )}
        <Group>
          <Button
            size="xs"
            variant="light"
            loading={creating}
            onClick={async () => {
              const created = await create();
              if (created) setUrl(created);
            }}
          >
            {hasFeed ? t('calendar.feedRenew') : t('calendar.feedCreate')}
          </Button>
          {hasFeed && (
            <Button
              size="xs"
              color="red"
              variant="subtle"
              loading={revoking}
              onClick={async () => {
                if (await revoke()) setUrl(null);
              }}
            >
              {t('calendar.feedRevoke')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
