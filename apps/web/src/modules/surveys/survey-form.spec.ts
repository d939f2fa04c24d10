import { answersToSend, emptyAnswers, missingRequired, stateFromAnswers, type FormQuestion } from './survey-form';

const questions: FormQuestion[] = [
  { id: 's', type: 'SECTION', required: false },
  { id: 'pace', type: 'SINGLE', required: true },
  { id: 'why', type: 'TEXT', required: true, showIfQuestionId: 'pace', showIfValue: 'TOO_FAST' },
  { id: 'parts', type: 'MULTI', required: false },
];

describe('the survey form', () => {
  it('sends MULTI as one answer per option and "other:<text>" for one’s own', () => {
    const state = emptyAnswers();
    state.values = { pace: ['RIGHT'], parts: ['A', 'B'], why: ['ignored'] };
    state.other = { parts: ' Role play ' };
    expect(answersToSend(questions, state)).toEqual([
      { questionId: 'pace', value: 'RIGHT' },
      { questionId: 'parts', value: 'A' },
      { questionId: 'parts', value: 'B' },
      { questionId: 'parts', value: 'other:Role play' },
    ]);
  });

  it('asks for a required question only while it is shown', () => {
    const state = emptyAnswers();
    expect(missingRequired(questions, state)).toEqual(['pace']);
    state.values = { pace: ['TOO_FAST'] };
    expect(missingRequired(questions, state)).toEqual(['why']);
    state.values = { pace: ['TOO_FAST'], why: ['More examples'] };
    expect(missingRequired(questions, state)).toEqual([]);
  });

  it('restores a saved draft into the form, one’s own MULTI answer apart, and sends it again unchanged', () => {
    const saved = [
      { questionId: 'pace', value: 'RIGHT' },
      { questionId: 'parts', value: 'A' },
      { questionId: 'parts', value: 'other:Role play' },
      { questionId: 'gone', value: 'x' },
    ];
    const state = stateFromAnswers(questions, saved);
    expect(state).toEqual({ values: { pace: ['RIGHT'], parts: ['A'] }, other: { parts: 'Role play' } });
    expect(answersToSend(questions, state)).toEqual(saved.slice(0, 3));
  });
});
