import {
  addEntry,
  addableModules,
  moveEntry,
  programmeTotals,
  removeEntry,
  sameOrder,
  type ProgrammeEntry,
} from './programme-order';

const entry = (
  code: string,
  kind: 'JOINT' | 'NATIONAL' = 'NATIONAL',
  contactHours = 6,
  selfStudyHours = 4,
): ProgrammeEntry => ({
  moduleId: `id-${code}`,
  code,
  title: code,
  titleIsFallback: false,
  kind,
  number: kind === 'JOINT' ? Number(code.slice(2)) : null,
  contactHours,
  selfStudyHours,
});

const codes = (entries: readonly ProgrammeEntry[]) => entries.map((e) => e.code);
const list = [entry('EE-N1'), entry('JM1', 'JOINT'), entry('EE-N2')];

describe('programme reordering', () => {
  it('moves a module one place up or down', () => {
    expect(codes(moveEntry(list, 1, -1))).toEqual(['JM1', 'EE-N1', 'EE-N2']);
    expect(codes(moveEntry(list, 1, 1))).toEqual(['EE-N1', 'EE-N2', 'JM1']);
  });

  it('leaves the order as it is at either end and never changes the given list', () => {
    expect(codes(moveEntry(list, 0, -1))).toEqual(['EE-N1', 'JM1', 'EE-N2']);
    expect(codes(moveEntry(list, 2, 1))).toEqual(['EE-N1', 'JM1', 'EE-N2']);
    expect(codes(list)).toEqual(['EE-N1', 'JM1', 'EE-N2']);
  });

  it('removes a module and adds one at the end, never twice', () => {
    expect(codes(removeEntry(list, 1))).toEqual(['EE-N1', 'EE-N2']);
    expect(codes(addEntry(list, entry('EE-N3')))).toEqual(['EE-N1', 'JM1', 'EE-N2', 'EE-N3']);
    expect(codes(addEntry(list, entry('JM1', 'JOINT')))).toEqual(['EE-N1', 'JM1', 'EE-N2']);
  });

  it('tells a changed order from the saved one', () => {
    expect(sameOrder(list, [...list])).toBe(true);
    expect(sameOrder(moveEntry(list, 0, 1), list)).toBe(false);
    expect(sameOrder(removeEntry(list, 0), list)).toBe(false);
  });

  it('adds up contact, self-study and total hours', () => {
    expect(programmeTotals([entry('A', 'NATIONAL', 6, 4), entry('JM1', 'JOINT', 20, 8)])).toEqual({
      contactHours: 26,
      selfStudyHours: 12,
      totalHours: 38,
    });
    expect(programmeTotals([])).toEqual({
      contactHours: 0,
      selfStudyHours: 0,
      totalHours: 0,
    });
  });
});

describe('modules a programme may add', () => {
  const choice = (
    code: string,
    kind: 'JOINT' | 'NATIONAL',
    countryCode: string | null,
    publishedVersion: number | null = 1,
  ) => ({
    ...entry(code, kind),
    countryCode,
    publishedVersion,
  });
  const modules = [
    choice('LV-N1', 'NATIONAL', 'LV'),
    choice('EE-N2', 'NATIONAL', 'EE'),
    choice('EE-N9', 'NATIONAL', 'EE', null),
    choice('JM2', 'JOINT', null),
    choice('JM1', 'JOINT', null),
    choice('EE-N1', 'NATIONAL', 'EE'),
  ];

  it('offers published joint modules and the published national modules of the country, joint first', () => {
    expect(codes(addableModules(modules, 'EE', []))).toEqual(['JM1', 'JM2', 'EE-N1', 'EE-N2']);
  });

  it('leaves out what the programme already holds', () => {
    expect(codes(addableModules(modules, 'EE', [{ moduleId: 'id-JM1' }, { moduleId: 'id-EE-N2' }]))).toEqual([
      'JM2',
      'EE-N1',
    ]);
  });
});
