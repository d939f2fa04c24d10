import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a page: a landmark region named by its `<h2>` (screen readers list and jump to them). */
export function PageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="lg">
      <Title order={2} id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
