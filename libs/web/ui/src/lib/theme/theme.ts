import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';
import { readableVariantColors } from './readable-colors';

/**
 * Baltic blue: the primary colour. Shade 7 (#145ab0) is the one buttons, links and the active
 * navigation use; on white it has a contrast of about 6.7:1 (WCAG AA needs 4.5:1).
 */
const baltic: MantineColorsTuple = [
  '#eaf2fb',
  '#d4e3f6',
  '#a8c6ec',
  '#78a6e1',
  '#528bd7',
  '#3879d1',
  '#2a6fcf',
  '#145ab0',
  '#0b4f9f',
  '#00438d',
];

export const tandemTheme = createTheme({
  primaryColor: 'baltic',
  primaryShade: { light: 7, dark: 5 },
  colors: { baltic },
  autoContrast: true,
  luminanceThreshold: 0.4,
  variantColorResolver: readableVariantColors,
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.25' },
      h2: { fontSize: '1.25rem', lineHeight: '1.3' },
      h3: { fontSize: '1.0625rem', lineHeight: '1.35' },
    },
  },
  // Plain objects, as for Card, rather than `Table.ScrollContainer.extend(…)`/`Badge.extend(…)`:
  // `extend` only types its argument, and importing Table and Badge here would put their code into
  // the first download of every page, including the sign-in page.
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    Alert: { defaultProps: { variant: 'light' } },
    // A status never ends in "Pla…": the label wraps inside a narrow cell instead of being cut, and
    // keeps its case (uppercase Lithuanian and Russian labels are much wider).
    // A table wider than the screen scrolls inside its container: focusable, so the arrow keys scroll it.
    TableScrollContainer: { defaultProps: { type: 'native', tabIndex: 0 } },
    Badge: {
      defaultProps: { radius: 'sm', tt: 'none' },
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%', paddingBlock: 2 },
        label: { overflow: 'visible', textOverflow: 'clip', whiteSpace: 'normal', lineHeight: 1.25 },
      },
    },
  },
});

/**
 * Mantine's "dimmed" grey (gray.6) reaches only ~3.3:1 on white; secondary text here uses gray.7
 * (~8:1) so that it stays readable, also on the light grey page background.
 */
export const tandemCssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Field errors: Mantine's red.6 reaches only ~3.3:1 on white; red.9 is ~5.6:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
