/** @jest-config-loader-options {"transpileOnly": true, "compilerOptions": {"ignoreDeprecations": "6.0"}} */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

/**
 * Unit specs live beside the code (src/**\/*.spec.ts); integration specs under test/ boot the real
 * app against a real PostgreSQL (embedded unless DATABASE_URL is set), one database per file.
 */
module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': ['@swc/jest', swc] },
  // The verifiable-credential libraries are ES modules only: jest (CommonJS) has them compiled like
  // our own code. Node itself loads them with require(esm) in the built app.
  transformIgnorePatterns: [
    '/node_modules/(?!(@digitalbazaar/(vc|data-integrity|ed25519-multikey|eddsa-rdfc-2022-cryptosuite|vc-bitstring-status-list|bitstring)|base58-universal|base64url-universal|intl-messageformat|@formatjs)/)',
  ],
  moduleFileExtensions: ['ts', 'js', 'html'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  coverageDirectory: '../../coverage/apps/api',
};
