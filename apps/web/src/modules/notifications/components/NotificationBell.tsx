import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { BellIcon, ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { MyNotificationsQuery, UnreadNotificationCountQuery } from '../graphql/notifications';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { notificationComments, notificationLink, notificationText } from '../notification-text';

/** How often the unread count is asked for while the app is open. */
const POLL_MS = 60_000;

/** The header's bell: the unread count, and the newest notifications with links to what they are about. */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormatter();
  const [opened, setOpened] = useState(false);
  const count = useQuery(UnreadNotificationCountQuery, {
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const list = useQuery(MyNotificationsQuery, {
    variables: { first: 20 },
    skip: !opened,
    fetchPolicy: 'cache-and-network',
  });
  const { markRead, marking } = useMarkNotificationsRead();
  const unread = count.data?.unreadNotificationCount ?? 0;
  const notifications = list.data?.myNotifications ?? [];
  const unreadIds = notifications.filter((n) => !n.readAt).map((n) => n.id);

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={360}
      shadow="md"
      trapFocus
      returnFocus
      withArrow
    >
      <Popover.Target>
        <ActionIcon
          variant="default"
          size="lg"
          pos="relative"
          onClick={() => setOpened((o) => !o)}
          aria-label={t('notifications.bell', { count: unread })}
          aria-expanded={opened}
          aria-haspopup="dialog"
          data-testid="notification-bell"
          data-unread={unread}
        >
          <BellIcon />
          {unread > 0 && (
            <Badge
              aria-hidden="true"
              color="red"
              size="xs"
              circle={unread < 10}
              pos="absolute"
              top={-6}
              right={-6}
              style={{ pointerEvents: 'none' }}
            >
              {unread > 99 ? '99+' : unread}
            </Badge>
          )}
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p={0} role="dialog" aria-labelledby="notifications-title" maw="calc(100vw - 16px)">
        <Group justify="space-between" p="sm" gap="xs" wrap="nowrap">
          <Title order={2} size="h5" id="notifications-title">
            {t('notifications.title')}
          </Title>
          <Button
            size="xs"
            variant="subtle"
            disabled={unreadIds.length === 0}
            loading={marking}
            onClick={() => void markRead(unreadIds)}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={420} type="auto">
          {!list.data && list.loading ? (
            <Group role="status" gap="sm" p="sm">
              <Loader size="sm" aria-hidden="true" />
              <Text>{t('app.loading')}</Text>
            </Group>
          ) : !list.data && list.error ? (
            <div style={{ padding: 12 }}>
              <ErrorAlert error={toAppError(list.error)} />
            </div>
          ) : notifications.length === 0 ? (
            <Text p="sm" c="dimmed">
              {t('notifications.empty')}
            </Text>
          ) : (
            <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }} data-testid="notifications">
              {notifications.map((n) => {
                const { key, values } = notificationText(n, format.country);
                const link = notificationLink(n);
                const comments = notificationComments(n);
                const message = t(key, values);
                return (
                  <li
                    key={n.id}
                    data-testid="notification"
                    data-read={n.readAt ? 'true' : 'false'}
                    style={{
                      borderTop: '1px solid var(--mantine-color-gray-2)',
                      padding: '8px 12px',
                      background: n.readAt ? undefined : 'var(--mantine-color-baltic-0)',
                    }}
                  >
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <div style={{ minWidth: 0, flex: 1 }}>
                        {link ? (
                          <Anchor
                            component={Link}
                            to={link}
                            onClick={() => {
                              setOpened(false);
                              if (!n.readAt) void markRead([n.id]);
                            }}
                            size="sm"
                            fw={n.readAt ? 400 : 600}
                          >
                            {message}
                          </Anchor>
                        ) : (
                          <Text size="sm" fw={n.readAt ? 400 : 600}>
                            {message}
                          </Text>
                        )}
                        {comments && (
                          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                            {t('notifications.comments', { comments })}
                          </Text>
                        )}
                        <Text size="xs" c="dimmed">
                          <time dateTime={n.createdAt}>{format.dateTime(n.createdAt)}</time>
                        </Text>
                      </div>
                      {!n.readAt && (
                        <Badge size="xs" color="red" variant="light">
                          {t('notifications.unread')}
                        </Badge>
                      )}
                    </Group>
                  </li>
                );
              })}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
