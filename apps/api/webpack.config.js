const { join, resolve } = require('path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

// Bundles the API and the workspace libs it imports into dist/apps/api/main.js; packages in
// node_modules stay external (installed by `npm ci`). A plain webpack config rather than
// @nx/webpack: that plugin pulls sass-embedded, whose per-platform packages the registry mirror
// lacks, which makes `npm ci` refuse the lock file.
// Type checking is `npm run typecheck`'s job; the bundle only transpiles (transpileOnly keeps
// emitDecoratorMetadata, which Nest's DI and GraphQL code-first need).
const root = resolve(__dirname, '../..');
const production = process.env.NODE_ENV === 'production';

module.exports = {
  mode: production ? 'production' : 'development',
  target: 'node',
  context: __dirname,
  entry: { main: './src/main.ts' },
  devtool: 'source-map',
  output: {
    path: join(root, 'dist/apps/api'),
    filename: '[name].js',
    clean: true,
    devtoolModuleFilenameTemplate: '[absolute-resource-path]',
  },
  externalsPresets: { node: true },
  externals: [nodeExternals({ modulesDir: join(root, 'node_modules') })],
  optimization: { minimize: false },
  resolve: {
    extensions: ['.ts', '.js', '.json'],
    // The workspace libs' path aliases (tsconfig.base.json has no baseUrl: paths are relative to the root).
    plugins: [new TsconfigPathsPlugin({ configFile: join(__dirname, 'tsconfig.app.json'), baseUrl: root })],
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        loader: 'ts-loader',
        options: { configFile: join(__dirname, 'tsconfig.app.json'), transpileOnly: true },
      },
    ],
  },
  stats: 'errors-warnings',
};
