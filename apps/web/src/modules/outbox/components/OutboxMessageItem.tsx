import { Anchor, Badge, Box, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { OutboxMessagesQuery } from '@tandem/web-graphql';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { splitMessageBody } from '../message-body';

type OutboxMessage = OutboxMessagesQuery['outboxMessages']['edges'][number]['node'];

const STATUS_COLOR = { QUEUED: 'yellow', SENT: 'teal', FAILED: 'red' } as const;

/** One e-mail: subject, recipient, status and date; the text folded away, with its links followable. */
export function OutboxMessageItem({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const parts = useMemo(() => splitMessageBody(message.textBody), [message.textBody]);
  const headingId = `outbox-message-${message.id}`;

  return (
    <Paper
      component="li"
      withBorder
      p="md"
      aria-labelledby={headingId}
      data-testid="outbox-message"
      data-recipient={message.recipientEmail}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {message.subject}
        </Title>
        <Badge color={STATUS_COLOR[message.status]} variant="dot">
          {t(`outbox.statuses.${message.status}`)}
        </Badge>
      </Group>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing={4} verticalSpacing={4} mt="xs" mb={0}>
        <div>
          <Text component="dt" size="xs" c="dimmed">
            {t('outbox.recipient')}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {message.recipientEmail}
          </Text>
        </div>
        <div>
          <Text component="dt" size="xs" c="dimmed">
            {t('outbox.created')}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {format.dateTime(message.createdAt)}
          </Text>
        </div>
      </SimpleGrid>
      <Box component="details" mt="sm">
        <Text component="summary" size="sm" fw={500} style={{ cursor: 'pointer' }}>
          {t('outbox.showText')}
        </Text>
        <Box
          component="pre"
          mt="xs"
          p="sm"
          bg="gray.0"
          fz="sm"
          data-testid="outbox-message-body"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', borderRadius: 4 }}
        >
          {parts.map((part, index) =>
            part.kind === 'text' ? (
              <Fragment key={index}>{part.text}</Fragment>
            ) : part.appPath ? (
              <Anchor key={index} component={Link} to={part.appPath}>
                {part.text}
              </Anchor>
            ) : (
              <Anchor key={index} href={part.href} target="_blank" rel="noreferrer">
                {part.text}
              </Anchor>
            ),
          )}
        </Box>
      </Box>
    </Paper>
  );
}
