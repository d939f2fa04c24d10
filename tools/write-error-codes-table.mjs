// `npm run docs:errors`: rewrites the README's table of error codes from the comments of the
// ERROR_CODES list (libs/shared/domain); the domain lib's spec fails while the README is stale.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { withErrorCodesTable } = await jiti.import('../libs/shared/domain/src/lib/error-codes-table.ts');
const source = readFileSync('libs/shared/domain/src/lib/error-codes.ts', 'utf8');
writeFileSync('README.md', withErrorCodesTable(readFileSync('README.md', 'utf8'), source));
spawnSync('npx prettier --write README.md', { shell: true, stdio: 'ignore' });
console.log('README.md: error codes table written');
