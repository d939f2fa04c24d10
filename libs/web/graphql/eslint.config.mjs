import baseConfig from '../../../eslint.config.mjs';

// src/generated is codegen output (see codegen.ts); it is checked by `npm run codegen:check`.
export default [...baseConfig, { ignores: ['src/generated/**'] }];
