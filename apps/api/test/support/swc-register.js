// Loads the API's TypeScript sources in a child process, transpiled by SWC (as jest does) with the
// workspace's path aliases: the crash and replica tests start the real entry point this way, without a build.
const { transformSync } = require('@swc/core');
const Module = require('node:module');
const { join } = require('node:path');

const root = join(__dirname, '../../../..');
const aliases = {
  '@tandem/shared-domain': join(root, 'libs/shared/domain/src/index.ts'),
  '@tandem/shared-i18n': join(root, 'libs/shared/i18n/src/index.ts'),
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, aliases[request] ?? request, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const source = require('node:fs').readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
