import { Group, Text } from '@mantine/core';

export interface TandemLogoProps {
  /** The product name, as text (from the catalogue), so that it is read and translated like any other. */
  name: string;
  size?: 'sm' | 'lg';
}

/** Two linked rings: a school tutor and a company tutor who learn together. */
export function TandemLogo({ name, size = 'sm' }: TandemLogoProps) {
  const px = size === 'lg' ? 40 : 28;
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={px} height={px} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
        <circle cx="15" cy="20" r="10" fill="none" stroke="var(--mantine-color-baltic-7)" strokeWidth="4" />
        <circle cx="25" cy="20" r="10" fill="none" stroke="var(--mantine-color-teal-7)" strokeWidth="4" />
      </svg>
      <Text component="span" fw={700} fz={size === 'lg' ? 28 : 20} c="baltic.9" lh={1}>
        {name}
      </Text>
    </Group>
  );
}
