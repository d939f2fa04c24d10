import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroller that keyboard users can reach (axe: scrollable regions must
 * be focusable), named for screen readers.
 */
export function ScrollRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
