import { describe, expect, it } from 'vitest';
import { schedulableModules } from './schedulable';

const modules = [
  { code: 'JM2', kind: 'JOINT', countryCode: null },
  { code: 'LV-N1', kind: 'NATIONAL', countryCode: 'LV' },
  { code: 'EE-N1', kind: 'NATIONAL', countryCode: 'EE' },
];

describe('schedulable modules', () => {
  it('offers a trainer the national modules of their country only, and an admin every module', () => {
    expect(schedulableModules(modules, [{ role: 'TRAINER', countryCode: 'LV' }]).map((m) => m.code)).toEqual(['LV-N1']);
    expect(schedulableModules(modules, [{ role: 'ADMIN', countryCode: null }]).map((m) => m.code)).toEqual([
      'JM2',
      'LV-N1',
      'EE-N1',
    ]);
    expect(schedulableModules(modules, [{ role: 'TUTOR', countryCode: null }])).toEqual([]);
  });
});
