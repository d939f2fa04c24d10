import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Writes, per chunk of the build, its imports and the size of every module in it (rendered bytes,
 * and gzip of each module alone), so that "what is in the first download" has an answer:
 *   cd apps/web && TANDEM_BUNDLE_STATS=/tmp/stats.json npx vite build
 * Off unless that variable is set (vite.config.mts).
 */
export function bundleStats(file: string): Plugin {
  return {
    name: 'tandem-bundle-stats',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = [];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunks.push({
          file: chunk.fileName,
          isEntry: chunk.isEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.entries(chunk.modules).map(([id, m]) => ({
            id,
            bytes: m.renderedLength,
            gzip: m.code ? gzipSync(m.code).length : 0,
            importers: this.getModuleInfo(id)?.importers ?? [],
          })),
        });
      }
      writeFileSync(file, JSON.stringify(chunks));
    },
  };
}
