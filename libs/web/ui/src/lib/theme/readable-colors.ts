import {
  defaultVariantColorsResolver,
  luminance,
  parseThemeColor,
  type MantineTheme,
  type VariantColorsResolver,
} from '@mantine/core';

/** WCAG AA for normal text; badges and small buttons are never "large text". */
export const MIN_CONTRAST = 4.5;

/** The WCAG contrast ratio of two colours (hex or rgb). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const WHITE = '#ffffff';

/**
 * The darkest surface outline text sits on: striped and hovered table rows (gray.0–1), the highlighted
 * row (the primary colour's light tint) and grey panels are all lighter than gray.2.
 */
export const lightSurface = (theme: MantineTheme) => theme.colors.gray[2];

/** The first shade from `from` on (darker) whose contrast with `on` (white) reaches `needed`, or null. */
export function readableShade(
  theme: MantineTheme,
  color: string,
  from: number,
  needed = MIN_CONTRAST,
  on = WHITE,
): number | null {
  const shades = theme.colors[color];
  if (!shades) return null;
  for (let shade = from; shade < shades.length; shade++) if (contrast(shades[shade], on) >= needed) return shade;
  return null;
}

const cssVar = (color: string, shade: number) => `var(--mantine-color-${color}-${shade})`;

/**
 * Mantine's colours, made readable in the theme rather than badge by badge: a filled component with
 * white text gets the first shade dark enough for 4.5:1 (teal.7 is 3.3:1, teal.9 5.1:1); where no
 * shade is (orange.9 is 4.3:1) the text turns black. Light and subtle ones keep Mantine's shade 9 on
 * shade 1–2 where it reads (black where it does not: green, lime, yellow, orange); outline text and
 * border take the first shade readable on the light surfaces it is drawn on (tables, grey panels), not
 * only on white: red.8 reads on white (4.6:1) but not on a striped row (4.3:1).
 */
export const readableVariantColors: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return resolved;
  const { color, shade } = parsed;
  // A colour named without a shade is drawn in the theme's primary shade (Mantine's `-filled` variable).
  const { primaryShade } = input.theme;
  const start = shade ?? (typeof primaryShade === 'number' ? primaryShade : primaryShade.light);
  if (input.variant === 'filled' && resolved.color === 'var(--mantine-color-white)') {
    const readable = readableShade(input.theme, color, start);
    if (readable === null) return { ...resolved, color: 'var(--mantine-color-black)' };
    if (readable === start) return resolved;
    return { ...resolved, background: cssVar(color, readable), hover: cssVar(color, Math.min(readable + 1, 9)) };
  }
  if (input.variant === 'light' || input.variant === 'subtle') {
    // Mantine writes these in shade 9 on shade 1 (shade 2 when hovered), but a named shade ("red.6")
    // would become the background itself: the shade is dropped. Black where shade 9 is too light.
    const named = shade === undefined ? resolved : defaultVariantColorsResolver({ ...input, color });
    const shades = input.theme.colors[color];
    return shades && contrast(shades[9], shades[2]) < MIN_CONTRAST
      ? { ...named, color: 'var(--mantine-color-black)' }
      : named;
  }
  if (input.variant === 'outline') {
    const readable = readableShade(input.theme, color, start, MIN_CONTRAST, lightSurface(input.theme));
    const text = readable === null ? 'var(--mantine-color-black)' : cssVar(color, readable);
    return { ...resolved, color: text, border: `1px solid ${readable === null ? cssVar(color, 9) : text}` };
  }
  return resolved;
};
