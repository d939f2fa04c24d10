import { interleave, ModuleFacts, moduleListErrors, transitionConflict } from './national-programme-rules';

const target = { editionId: 'e1', countryCode: 'EE' };
const facts = (over: Partial<ModuleFacts> = {}): ModuleFacts => ({
  editionId: 'e1',
  kind: 'NATIONAL',
  countryCode: 'EE',
  code: 'EE-N1',
  published: true,
  visible: true,
  ...over,
});

describe('moduleListErrors', () => {
  const modules = new Map<string, ModuleFacts>([
    ['ee', facts()],
    ['jm', facts({ kind: 'JOINT', countryCode: null, code: 'JM1' })],
    ['lv', facts({ countryCode: 'LV', code: 'LV-N1' })],
    ['other-edition', facts({ editionId: 'e2', code: 'EE-OLD' })],
    ['draft', facts({ published: false, code: 'EE-N9' })],
    ['hidden', facts({ kind: 'JOINT', countryCode: null, published: false, visible: false })],
  ]);

  it('accepts national modules of the country and joint modules', () => {
    expect(moduleListErrors(['ee', 'jm'], modules, target)).toEqual([]);
  });

  it('names the position of each bad module', () => {
    expect(moduleListErrors(['ee', 'lv', 'ee', 'nope', 'other-edition', 'draft', 'hidden'], modules, target)).toEqual([
      expect.objectContaining({ field: 'moduleIds.1', message: 'LV-N1 is a national module of LV, not of EE' }),
      { field: 'moduleIds.2', rule: 'moduleTwice', message: 'appears twice in the programme' },
      { field: 'moduleIds.3', rule: 'unknownModule', message: 'is not a known module' },
      expect.objectContaining({ field: 'moduleIds.4', message: 'EE-OLD belongs to another edition' }),
      expect.objectContaining({ field: 'moduleIds.5', message: 'EE-N9 is not published yet; publish it first' }),
      { field: 'moduleIds.6', rule: 'unknownModule', message: 'is not a known module' },
    ]);
  });
});

describe('transitionConflict', () => {
  it('lets a draft or returned programme be submitted, and only a submitted one be decided', () => {
    expect(transitionConflict('DRAFT', 'submit')).toBeNull();
    expect(transitionConflict('RETURNED', 'submit')).toBeNull();
    expect(transitionConflict('SUBMITTED', 'approve')).toBeNull();
    expect(transitionConflict('SUBMITTED', 'return')).toBeNull();
  });

  it('refuses approving an approved programme, or deciding one that is not submitted', () => {
    expect(transitionConflict('APPROVED', 'approve')).toEqual({
      code: 'ALREADY_DECIDED',
      message: expect.stringMatching(/already approved/),
    });
    expect(transitionConflict('DRAFT', 'approve')).toMatchObject({ code: 'NOT_SUBMITTED' });
    expect(transitionConflict('RETURNED', 'return')).toMatchObject({ code: 'NOT_SUBMITTED' });
    expect(transitionConflict('SUBMITTED', 'submit')).toMatchObject({ code: 'ALREADY_SUBMITTED' });
    expect(transitionConflict('APPROVED', 'submit')).toEqual({
      code: 'ALREADY_DECIDED',
      message: expect.stringMatching(/new revision/),
    });
  });
});

describe('interleave', () => {
  it('puts national trainings before each joint module, front-loaded', () => {
    expect(interleave(['n1', 'n2', 'n3'], ['J1', 'J2', 'J3'])).toEqual(['n1', 'J1', 'n2', 'J2', 'n3', 'J3']);
    expect(interleave(['n1', 'n2', 'n3', 'n4'], ['J1', 'J2', 'J3'])).toEqual([
      'n1',
      'n2',
      'J1',
      'n3',
      'J2',
      'n4',
      'J3',
    ]);
    expect(interleave(['n1'], ['J1', 'J2'])).toEqual(['n1', 'J1', 'J2']);
    expect(interleave(['n1', 'n2'], [])).toEqual(['n1', 'n2']);
  });
});
