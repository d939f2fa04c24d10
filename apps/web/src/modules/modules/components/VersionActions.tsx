import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { ModuleHistoryQuery } from '@tandem/web-graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type VersionAction = ModuleHistoryQuery['moduleHistory'][number]['improvementActions'][number];

/** Which improvement actions made this version, and the findings behind them (why). */
export function VersionActions({ version, actions }: { version: number; actions: VersionAction[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  if (!actions.length) return null;
  return (
    <section aria-labelledby={titleId} data-testid="version-actions">
      <Text id={titleId} fw={600} size="sm" mt="sm">
        {t('modules.history.actionsTitle', { version })}
      </Text>
      <List spacing="xs" mt={4}>
        {actions.map((a) => (
          <List.Item key={a.id}>
            <Stack gap={2}>
              <Group gap="xs">
                <Badge size="sm" variant="light" color={a.status === 'CHECKED' ? 'green' : 'teal'}>
                  {t(`evidence.actionStatus.${a.status}`)}
                </Badge>
                <Text size="sm">{a.change}</Text>
              </Group>
              {a.findings.length > 0 && (
                <Text size="sm" c="dimmed">
                  {t('modules.history.because')} {a.findings.map((f) => f.statement).join(' · ')}
                </Text>
              )}
            </Stack>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
