import { cacheControlFor } from './web-assets';

describe('cacheControlFor', () => {
  it.each([
    'dist/apps/web/assets/index-CeHToKIi.js',
    'dist/apps/web/assets/index-CeHToKIi.js.br',
    'dist/apps/web/assets/mantine-C-VwYSQu.css.gz',
    'dist/apps/web/assets/react-BWLO-ZDv.js',
  ])('keeps the hashed %s for a year', (path) => {
    expect(cacheControlFor(path)).toBe('public, max-age=31536000, immutable');
  });

  it.each(['index.html', 'dist/apps/web/index.html', 'dist/apps/web/favicon.ico', 'dist/apps/web/README.md'])(
    'revalidates %s on every load',
    (path) => {
      expect(cacheControlFor(path)).toBe('no-cache');
    },
  );
});
