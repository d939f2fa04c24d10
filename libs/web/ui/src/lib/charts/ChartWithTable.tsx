import { Box, SegmentedControl, Stack } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

export interface ChartWithTableProps {
  /** What the chart shows, read out by screen readers (the chart itself is an image to them). */
  label: string;
  /** Labels of the two views in the switch. */
  chartLabel: string;
  tableLabel: string;
  /** The label of the switch itself. */
  switchLabel: string;
  chart: ReactNode;
  /** The same data as a table: the accessible (and printable) view. */
  table: ReactNode;
  defaultView?: 'chart' | 'table';
}

/**
 * Every chart of the app comes with a table of the same data (accessibility: a chart is not
 * readable by a screen reader or keyboard). The switch is a labelled radio group.
 */
export function ChartWithTable({
  label,
  chartLabel,
  tableLabel,
  switchLabel,
  chart,
  table,
  defaultView = 'chart',
}: ChartWithTableProps) {
  const [view, setView] = useState<string>(defaultView);
  const id = useId();
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={switchLabel}
        value={view}
        onChange={setView}
        data={[
          { value: 'chart', label: chartLabel },
          { value: 'table', label: tableLabel },
        ]}
        w="fit-content"
      />
      {view === 'chart' ? (
        <Box role="img" aria-label={label} id={`${id}-chart`}>
          {chart}
        </Box>
      ) : (
        <Box id={`${id}-table`}>{table}</Box>
      )}
    </Stack>
  );
}
