import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';
import { nxCopyAssetsPlugin } from '@nx/vite/plugins/nx-copy-assets.plugin';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../../node_modules/.vite/libs/shared/i18n',
  plugins: [nxViteTsPaths(), nxCopyAssetsPlugin(['*.md'])],
  test: {
    name: 'shared-i18n',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['{src,tests}/**/*.{test,spec}.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'],
    // The JSON report feeds the one-line test summary of `npm test` (tools/test-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: resolve(import.meta.dirname, '../../../test-results/vitest-shared-i18n.json') },
    coverage: {
      reportsDirectory: '../../../coverage/libs/shared/i18n',
      provider: 'v8' as const,
    },
  },
}));
