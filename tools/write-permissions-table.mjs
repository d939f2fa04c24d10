// `npm run docs:permissions`: rewrites the README's "Who can do what" table from the shared
// PERMISSIONS table (libs/shared/domain); the domain lib's spec fails while the README is stale.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { withPermissionsTable } = await jiti.import('../libs/shared/domain/src/lib/permissions-table.ts');
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', withPermissionsTable(readme));
spawnSync('npx prettier --write README.md', { shell: true, stdio: 'ignore' });
console.log('README.md: permissions table written');
