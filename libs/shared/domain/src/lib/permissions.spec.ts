import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { currentPermissionsTable, normaliseTable, renderPermissionsTable } from './permissions-table';
import { grantsAllow, PERMISSIONS, PERMISSION_NAMES, rolesWith } from './permissions';
import { ROLES } from './roles';

describe('the permissions table', () => {
  it('lists only known roles, each permission with at least one', () => {
    for (const name of PERMISSION_NAMES) {
      expect(rolesWith(name).length).toBeGreaterThan(0);
      for (const role of rolesWith(name)) expect(ROLES).toContain(role);
      expect(PERMISSIONS[name].what.length).toBeGreaterThan(0);
    }
  });

  it('allows a permission only to grants of the roles it lists', () => {
    expect(grantsAllow([{ role: 'TRAINER' }], 'session.schedule')).toBe(true);
    expect(grantsAllow([{ role: 'TUTOR' }], 'session.schedule')).toBe(false);
    expect(grantsAllow([], 'session.schedule')).toBe(false);
    expect(grantsAllow([{ role: 'ADMIN' }], 'selfAssessment.own')).toBe(false);
  });

  it('is the table the README shows (run `npm run docs:permissions` after a change)', () => {
    const readme = readFileSync(resolve(__dirname, '../../../../../README.md'), 'utf8');
    expect(normaliseTable(currentPermissionsTable(readme))).toBe(normaliseTable(renderPermissionsTable()));
  });
});
