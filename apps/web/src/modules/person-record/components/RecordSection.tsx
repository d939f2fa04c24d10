import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled part of the record (a landmark with its heading), or a line saying it is empty. */
export function RecordSection({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  /** Shown instead of the children when set. */
  empty?: string | false;
  children?: ReactNode;
}) {
  return (
    <Paper component="section" aria-labelledby={`record-${id}`} withBorder p="lg" data-testid={`record-${id}`}>
      <Title order={2} size="h3" id={`record-${id}`} mb="sm">
        {title}
      </Title>
      {empty ? <Text c="dimmed">{empty}</Text> : children}
    </Paper>
  );
}
