import { mergeMantineTheme, DEFAULT_THEME } from '@mantine/core';
import { contrast, lightSurface, MIN_CONTRAST, readableVariantColors } from './readable-colors';
import { tandemTheme } from './theme';

const theme = mergeMantineTheme(DEFAULT_THEME, tandemTheme);

/** A resolved CSS variable (`var(--mantine-color-teal-9)`, white, black) as the hex it stands for. */
function hex(value: string): string {
  if (value === 'var(--mantine-color-white)' || value === 'transparent') return theme.white;
  if (value === 'var(--mantine-color-black)') return theme.black;
  // Mantine 9's light-scheme variables: filled = the primary shade (7 here), light = 1, light-hover = 2, light-color = 9.
  const virtual = /^var\(--mantine-color-([a-z]+)-(filled|light|light-hover|light-color)\)$/.exec(value);
  if (virtual)
    return theme.colors[virtual[1]][{ filled: 7, light: 1, 'light-hover': 2, 'light-color': 9 }[virtual[2]] ?? 7];
  const match = /^var\(--mantine-color-([a-z]+)-(\d)\)$/.exec(value);
  if (!match) throw new Error(`not a theme colour: ${value}`);
  return theme.colors[match[1]][Number(match[2])];
}

const colours = Object.keys(theme.colors).filter((c) => c !== 'dark');
const named = colours.flatMap((c) => [c, `${c}.6`, `${c}.7`, `${c}.9`]);

describe('the theme’s colours', () => {
  it.each(named)('put readable text on a filled %s component (white or black, 4.5:1)', (color) => {
    const resolved = readableVariantColors({ color, theme, variant: 'filled', autoContrast: true });
    expect(contrast(hex(resolved.background), hex(resolved.color))).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it.each(named)('put readable text on a light %s component, also when hovered', (color) => {
    const resolved = readableVariantColors({ color, theme, variant: 'light', autoContrast: true });
    expect(contrast(hex(resolved.color), hex(resolved.background))).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrast(hex(resolved.color), hex(resolved.hover))).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it.each(named)('put readable text on a subtle %s component, also when hovered', (color) => {
    const resolved = readableVariantColors({ color, theme, variant: 'subtle', autoContrast: true });
    expect(contrast(hex(resolved.color), theme.white)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrast(hex(resolved.color), hex(resolved.hover))).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it.each(named)('put readable text on an outline %s component, on white and on striped or grey rows', (color) => {
    const resolved = readableVariantColors({ color, theme, variant: 'outline', autoContrast: true });
    expect(contrast(hex(resolved.color), theme.white)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    // The surfaces axe found them on: a striped row (gray.0), a highlighted row (#eaf2fb), gray.2.
    for (const surface of [theme.colors.gray[0], '#eaf2fb', lightSurface(theme)])
      expect(contrast(hex(resolved.color), surface)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('keep the primary blue as designed', () => {
    const resolved = readableVariantColors({ color: 'baltic', theme, variant: 'filled', autoContrast: true });
    expect(resolved).toMatchObject({
      background: 'var(--mantine-color-baltic-filled)',
      color: 'var(--mantine-color-white)',
    });
  });
});
