import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ImprovementActionFieldsFragment } from '@tandem/web-graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { EvidenceFigure } from './EvidenceFigure';

const STATUS_COLOR = { PROPOSED: 'gray', AGREED: 'blue', DONE: 'teal', CHECKED: 'green' } as const;

/** Improvement actions: what changes, in which module version, and what the check found (before and after). */
export function ActionsList({
  actions,
  tools,
}: {
  actions: ImprovementActionFieldsFragment[];
  /** What a writer may do with an action (edit it, its next step), below it. */
  tools?: (action: ImprovementActionFieldsFragment) => ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  if (!actions.length) return <Text c="dimmed">{t('evidence.actions.none')}</Text>;
  return (
    <Stack gap="md">
      {actions.map((a) => (
        <Paper key={a.id} withBorder p="md" component="article" aria-labelledby={`action-${a.id}`} data-testid="action">
          <Stack gap="xs">
            <Group gap="xs">
              <Badge color={STATUS_COLOR[a.status]} variant="light" data-testid="action-status">
                {t(`evidence.actionStatus.${a.status}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {a.moduleVersion
                  ? t('evidence.actions.inVersion', { code: a.module.code, version: a.moduleVersion.version })
                  : a.module.code}
                {a.dueOn && ` · ${t('evidence.actions.due', { date: format.date(a.dueOn) })}`}
              </Text>
            </Group>
            <Title order={3} size="h5" id={`action-${a.id}`}>
              {a.change}
            </Title>
            <Text size="sm">{t('evidence.actions.owner', { owner: a.owner })}</Text>
            {a.findings.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('evidence.actions.answers', { count: a.findings.length })}{' '}
                {a.findings.map((f) => f.statement).join(' · ')}
              </Text>
            )}
            {a.status === 'CHECKED' && a.checkBefore && a.checkAfter && (
              <section aria-label={t('evidence.actions.checkTitle')}>
                <Text size="sm" fw={600}>
                  {t('evidence.actions.checkTitle')}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Stack gap={2}>
                    <Text size="xs" tt="uppercase" c="dimmed">
                      {t('evidence.actions.before')}
                    </Text>
                    <EvidenceFigure snapshot={a.checkBefore} />
                  </Stack>
                  <Stack gap={2}>
                    <Text size="xs" tt="uppercase" c="dimmed">
                      {t('evidence.actions.after')}
                    </Text>
                    <EvidenceFigure snapshot={a.checkAfter} />
                  </Stack>
                </SimpleGrid>
                {a.checkNote && <Text size="sm">{a.checkNote}</Text>}
              </section>
            )}
            {tools?.(a)}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
