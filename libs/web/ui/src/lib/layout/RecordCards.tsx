import { Card, Group, Stack, Text } from '@mantine/core';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

export interface RecordField {
  label: ReactNode;
  value: ReactNode;
}

export type RecordCardProps = {
  /** The record's name, usually a link to it. */
  title: ReactNode;
  fields: readonly RecordField[];
  /** Shown in full at the card's foot, each at least 44 px high (never off-screen as in a wide table). */
  actions?: ReactNode;
} & Omit<ComponentPropsWithoutRef<'li'>, 'title'>;

/**
 * One row of a list on a phone: the title, each column as a label and its value, the actions below.
 * A table's columns would need sideways scrolling at 375 px, with the actions off-screen.
 */
export function RecordCard({ title, fields, actions, ...rest }: RecordCardProps) {
  return (
    <Card component="li" padding="md" {...rest}>
      <Stack gap="xs">
        <Text fw={600}>{title}</Text>
        <dl className="record-card-fields">
          {fields.map((f, i) => (
            <div key={i}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
        {actions && <Group className="record-card-actions">{actions}</Group>}
      </Stack>
    </Card>
  );
}

/** The cards of a list, as a list (a screen reader says how many). */
export function RecordCards({ children, ...rest }: ComponentPropsWithoutRef<'ul'>) {
  return (
    <ul className="record-cards" {...rest}>
      {children}
    </ul>
  );
}
