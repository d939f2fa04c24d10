import { describe, expect, it } from 'vitest';
import { EMPTY_STUDY_VISIT, missingAmounts, toStudyVisitInput } from './components/StudyVisitForm';

describe('toStudyVisitInput', () => {
  it('sends one host organisation per non-empty line and empty optional texts as null', () => {
    const input = toStudyVisitInput({
      ...EMPTY_STUDY_VISIT,
      title: 'Visit',
      hostOrganisations: ' Omnia \n\nBaltic Metal OÜ\n',
      agenda: [{ day: '2027-05-10', time: '', title: 'Welcome', place: '' }],
      budget: [{ label: 'Travel', amount: 1200.5 }],
    });
    expect(input.hostOrganisations).toEqual(['Omnia', 'Baltic Metal OÜ']);
    expect(input.description).toBeNull();
    expect(input.agenda).toEqual([{ day: '2027-05-10', time: null, title: 'Welcome', place: null }]);
    expect(input.budget).toEqual([{ label: 'Travel', amount: 1200.5 }]);
  });

  it('names an empty amount as required on its line before anything is sent', () => {
    const values = {
      ...EMPTY_STUDY_VISIT,
      budget: [
        { label: 'Travel', amount: 10 },
        { label: 'Food', amount: '' as const },
      ],
    };
    expect(missingAmounts(values).map((f) => `${f.field}:${f.rule}`)).toEqual(['input.budget.1.amount:required']);
  });
});
