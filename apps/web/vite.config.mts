/// <reference types='vitest' />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';
import { nxCopyAssetsPlugin } from '@nx/vite/plugins/nx-copy-assets.plugin';
import { precompress } from './build/precompress';
import { bundleStats } from './build/bundle-stats';
import { inlineDocuments } from './build/inline-documents';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  // In development the API runs on :3333 (`npm run dev`); the app calls it on its own origin, as in
  // production, where the API serves the built app.
  server: {
    port: 4200,
    host: 'localhost',
    proxy: {
      '/graphql': 'http://localhost:3333',
      '/health': 'http://localhost:3333',
      // Material uploads and file downloads (REST, beside GraphQL).
      '/api': 'http://localhost:3333',
    },
  },
  preview: {
    port: 4300,
    host: 'localhost',
    proxy: {
      '/graphql': 'http://localhost:3333',
      '/health': 'http://localhost:3333',
      // Material uploads and file downloads (REST, beside GraphQL).
      '/api': 'http://localhost:3333',
    },
  },
  plugins: [
    inlineDocuments(),
    react(),
    nxViteTsPaths(),
    nxCopyAssetsPlugin(['*.md']),
    precompress(),
    ...(process.env.TANDEM_BUNDLE_STATS ? [bundleStats(process.env.TANDEM_BUNDLE_STATS)] : []),
  ],
  // Uncomment this if you are using workers.
  // worker: {
  //   plugins: () => [ nxViteTsPaths() ],
  // },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    commonjsOptions: {
      transformMixedEsModules: true,
    },
    // Libraries change less often than the app: separate chunks stay cached across releases.
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: [{ test: /[\\/]libs[\\/].*\.tsx?$/, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'router',
              test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/,
            },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node|zen-observable)/,
            },
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next|i18next-icu|intl-messageformat|@formatjs|html-parse-stringify|void-elements)/,
            },
          ],
        },
      },
    },
  },
  test: {
    name: 'web',
    watch: false,
    globals: true,
    environment: 'jsdom',
    include: ['{src,tests,build}/**/*.{test,spec}.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    // Threads sharing one jsdom and module graph: 20 s instead of ~90 s for the web specs. The setup
    // file cleans up after every test, so no spec sees another's leftovers.
    pool: 'threads',
    isolate: false,
    // The JSON report feeds the one-line test summary of `npm test` (tools/test-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: resolve(import.meta.dirname, '../../test-results/vitest-web.json') },
    coverage: {
      reportsDirectory: '../../coverage/apps/web',
      provider: 'v8' as const,
    },
  },
}));
