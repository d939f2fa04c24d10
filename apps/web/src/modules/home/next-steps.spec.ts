import { CYCLE_PHASE_KINDS, LOCALES } from '@tandem/shared-domain';
import { catalogues, flattenCatalogue } from '@tandem/shared-i18n';
import { phaseNameKey } from '../cycle/phases';
import { groupNextSteps, NEXT_STEP_KINDS, nextStepKey } from './next-steps';

describe('next steps', () => {
  it('shows a step that several roles ask for once, with each role, in the order of the API', () => {
    expect(
      groupNextSteps([
        { role: 'ADMIN', kind: 'RECORD_FINDINGS' },
        { role: 'ADMIN', kind: 'ADVANCE_CYCLE' },
        { role: 'COORDINATOR', kind: 'RECORD_FINDINGS' },
        { role: 'TRAINER', kind: 'REVIEW_SESSION_FEEDBACK' },
      ]),
    ).toEqual([
      { kind: 'RECORD_FINDINGS', roles: ['ADMIN', 'COORDINATOR'] },
      { kind: 'ADVANCE_CYCLE', roles: ['ADMIN'] },
      { kind: 'REVIEW_SESSION_FEEDBACK', roles: ['TRAINER'] },
    ]);
  });

  it('has nothing to show when the API has no step', () => {
    expect(groupNextSteps([])).toEqual([]);
  });
});

describe.each(LOCALES)('the %s catalogue', (locale) => {
  const texts = flattenCatalogue(catalogues[locale]);

  it('names every next step the API can send', () => {
    expect(NEXT_STEP_KINDS).toHaveLength(20);
    expect(NEXT_STEP_KINDS.map(nextStepKey).filter((key) => !texts[key])).toEqual([]);
  });

  it('names every phase of the cycle', () => {
    expect(CYCLE_PHASE_KINDS.map(phaseNameKey).filter((key) => !texts[key])).toEqual([]);
  });
});
