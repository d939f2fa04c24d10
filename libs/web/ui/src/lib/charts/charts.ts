/**
 * The chart library of the app (Mantine charts on recharts), re-exported so that features import
 * charts from the UI kit only; its stylesheet is imported once in the web app's main.tsx.
 */
export { BarChart, LineChart, RadarChart } from '@mantine/charts';
export type { BarChartProps, LineChartProps, RadarChartProps, RadarChartSeries } from '@mantine/charts';
