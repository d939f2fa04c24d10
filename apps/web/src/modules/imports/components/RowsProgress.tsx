import { Progress, Stack, Text } from '@mantine/core';

interface RowsProgressProps {
  /** The accessible name of the bar. */
  label: string;
  /** What the bar shows, in words (also its aria-valuetext). */
  valueText: string;
  value: number;
  max: number;
  animated?: boolean;
  color?: string;
  testId?: string;
}

/**
 * A progress bar that counts in the unit the person thinks in (rows, per cent of bytes) rather
 * than Mantine's fixed 0..100: aria-valuenow/-max are the real numbers, aria-valuetext says them.
 */
export function RowsProgress({ label, valueText, value, max, animated, color, testId }: RowsProgressProps) {
  const percent = max > 0 ? Math.round((Math.min(value, max) / max) * 100) : 0;
  return (
    <Stack gap={4}>
      <Progress.Root
        size="lg"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={Math.min(value, max)}
        aria-valuetext={valueText}
        data-testid={testId}
      >
        <Progress.Section value={percent} withAria={false} animated={animated} color={color} />
      </Progress.Root>
      <Text size="sm" c="dimmed" aria-hidden="true">
        {valueText}
      </Text>
    </Stack>
  );
}
