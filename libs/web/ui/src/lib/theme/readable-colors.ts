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
/** Light, outline and subtle variants put the text on white or on a 10 % tint of the colour: a margin for the tint. */
const ON_TINT = MIN_CONTRAST + 0.6;

/** The first shade from `from` on (darker) whose contrast with white reaches `needed`, or null. */
export function readableShade(theme: MantineTheme, color: string, from: number, needed = MIN_CONTRAST): number | null {
  const shades = theme.colors[color];
  if (!shades) return null;
  for (let shade = from; shade < shades.length; shade++) if (contrast(shades[shade], WHITE) >= needed) return shade;
  return null;
}

const cssVar = (color: string, shade: number) => `var(--mantine-color-${color}-${shade})`;

/**
 * Mantine's colours, made readable in the theme rather than badge by badge: a filled component with
 * white text gets the first shade dark enough for 4.5:1 (teal.7 is 3.3:1, teal.9 5.1:1); where no
 * shade is (orange.9 is 4.3:1) the text turns black; and the text of a light, outline or subtle one the first shade that stays
 * readable on its tint.
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
  if (input.variant === 'light' || input.variant === 'outline' || input.variant === 'subtle') {
    // Green, lime, yellow and orange have no shade dark enough: their text is black on the tint.
    const readable = readableShade(input.theme, color, Math.max(start, 7), ON_TINT);
    const text = readable === null ? 'var(--mantine-color-black)' : cssVar(color, readable);
    return { ...resolved, color: text, ...(input.variant === 'outline' && { border: `1px solid ${text}` }) };
  }
  return resolved;
};
