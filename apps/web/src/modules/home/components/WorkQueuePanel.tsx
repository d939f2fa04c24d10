import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { MyWorkQueueQuery } from '../graphql/my-home';
import { dayOf } from '../my-home';

const HEADING_ID = 'work-queue-title';

/** The work waiting in the viewer's scope: a count, since when, and a link to the filtered list. */
export function WorkQueuePanel() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data, loading, error } = useQuery(MyWorkQueueQuery, { fetchPolicy: 'cache-and-network' });
  const items = data?.myWorkQueue ?? [];

  let body;
  if (!data && loading) {
    body = (
      <Group role="status" gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  } else if (!data && error) {
    body = <ErrorAlert error={toAppError(error)} />;
  } else {
    body = (
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} data-testid="work-queue">
        {items.map((item) => (
          <Group component="li" key={item.kind} gap="sm" wrap="wrap" data-kind={item.kind} data-count={item.count}>
            <Badge size="lg" variant="filled" color={item.count > 0 ? 'blue' : 'gray'}>
              {format.number(item.count)}
            </Badge>
            <Anchor component={Link} to={item.href} fw={item.count > 0 ? 600 : 400}>
              {t(`myHome.queue.${item.kind}`)}
            </Anchor>
            {item.count > 0 && item.oldestAt ? (
              <Text span size="sm" c="dimmed">
                {t('myHome.waitingSince', { date: format.date(dayOf(item.oldestAt)) })}
              </Text>
            ) : (
              item.count === 0 && (
                <Text span size="sm" c="dimmed">
                  {t('myHome.nothingWaiting')}
                </Text>
              )
            )}
            {item.overdue > 0 && (
              <Badge color="red.9" variant="filled">
                {t('myHome.overdue', { n: format.number(item.overdue) })}
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
    );
  }

  return (
    <Paper component="section" aria-labelledby={HEADING_ID} withBorder p="lg" data-testid="work-queue-panel">
      <Title order={2} id={HEADING_ID} mb="md">
        {t('myHome.queueTitle')}
      </Title>
      {body}
    </Paper>
  );
}
