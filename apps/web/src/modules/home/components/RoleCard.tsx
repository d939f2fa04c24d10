import { Card, List, Text, Title } from '@mantine/core';
import type { Role } from '@tandem/shared-domain';
import { useTranslation } from 'react-i18next';

const TASKS = ['task1', 'task2', 'task3'] as const;

/** What a role does in Tandem, in a sentence and three tasks. */
export function RoleCard({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Card component="article" aria-labelledby={`role-card-${role}`} data-testid={`role-card-${role}`}>
      <Title order={3} id={`role-card-${role}`} mb={6}>
        {t(`roles.${role}.name`)}
      </Title>
      <Text mb="sm">{t(`roles.${role}.description`)}</Text>
      <List spacing={6} size="sm">
        {TASKS.map((task) => (
          <List.Item key={task}>{t(`roles.${role}.${task}`)}</List.Item>
        ))}
      </List>
    </Card>
  );
}
