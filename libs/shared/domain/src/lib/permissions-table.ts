import { PERMISSIONS, PERMISSION_NAMES } from './permissions';
import { ROLES } from './roles';

export const PERMISSIONS_TABLE_START =
  '<!-- permissions:start (generated from libs/shared/domain/src/lib/permissions.ts: npm run docs:permissions) -->';
export const PERMISSIONS_TABLE_END = '<!-- permissions:end -->';

/** The README's "who can do what" table, one row per permission, one column per role. */
export function renderPermissionsTable(): string {
  const header = `| permission | what | ${ROLES.join(' | ')} |`;
  const rule = `| --- | --- | ${ROLES.map(() => ':-:').join(' | ')} |`;
  const rows = PERMISSION_NAMES.map((name) => {
    const { roles, what } = PERMISSIONS[name];
    const marks = ROLES.map((role) => ((roles as readonly string[]).includes(role) ? '✓' : ''));
    return `| \`${name}\` | ${what} | ${marks.join(' | ')} |`;
  });
  return [PERMISSIONS_TABLE_START, '', header, rule, ...rows, '', PERMISSIONS_TABLE_END].join('\n');
}

/**
 * A markdown table without its alignment padding (Prettier pads the README's columns), so the
 * committed README and a fresh rendering compare equal when they say the same thing.
 */
export function normaliseTable(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .split('|')
            .map((cell) => cell.trim().replace(/^(:?)-+(:?)$/, '$1-$2'))
            .join('|')
        : line,
    )
    .join('\n');
}

/** The generated section of `readme`, as it stands. */
export function currentPermissionsTable(readme: string): string {
  const start = readme.indexOf(PERMISSIONS_TABLE_START);
  const end = readme.indexOf(PERMISSIONS_TABLE_END);
  if (start === -1 || end === -1) throw new Error('README has no permissions section markers');
  return readme.slice(start, end + PERMISSIONS_TABLE_END.length);
}

/** `readme` with its generated section replaced by the current table. */
export function withPermissionsTable(readme: string): string {
  const start = readme.indexOf(PERMISSIONS_TABLE_START);
  const end = readme.indexOf(PERMISSIONS_TABLE_END);
  if (start === -1 || end === -1) throw new Error('README has no permissions section markers');
  return readme.slice(0, start) + renderPermissionsTable() + readme.slice(end + PERMISSIONS_TABLE_END.length);
}
