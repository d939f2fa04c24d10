import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateCalendarFeedMutation, RevokeCalendarFeedMutation } from '../graphql/sessions';

/** The private calendar feed: a new secret link (shown once) or revoking it. */
export function CalendarFeedPanel({ hasFeed }: { hasFeed: boolean }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateCalendarFeedMutation, {
    refetchQueries: ['MyEnrolments'],
  });
  const [revoke, revoking] = useMutation(RevokeCalendarFeedMutation, {
    refetchQueries: ['MyEnrolments'],
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('calendar.feedTitle')}
        </Title>
        <Text size="sm">{hasFeed ? t('calendar.feedActive') : t('calendar.feedIntro')}</Text>
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
            loading={creating.loading}
            onClick={async () => {
              const res = await create();
              if (res.data) setUrl(`${window.location.origin}${res.data.createCalendarFeed.path}`);
            }}
          >
            {hasFeed ? t('calendar.feedRenew') : t('calendar.feedCreate')}
          </Button>
          {hasFeed && (
            <Button
              size="xs"
              color="red"
              variant="subtle"
              loading={revoking.loading}
              onClick={async () => {
                await revoke();
                setUrl(null);
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
