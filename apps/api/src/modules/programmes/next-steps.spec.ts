import { nextStepsFor } from './next-steps';

describe('nextStepsFor', () => {
  it('asks a tutor to form a tandem, take the baseline and book a national training during national trainings', () => {
    expect(nextStepsFor(['TUTOR'], 'NATIONAL_TRAININGS_2').map((s) => s.kind)).toEqual([
      'FORM_TANDEM',
      'TAKE_BASELINE_SELF_ASSESSMENT',
      'BOOK_NATIONAL_TRAINING',
    ]);
  });

  it('asks a coordinator for the national programme while programmes are being made', () => {
    expect(nextStepsFor(['COORDINATOR'], 'NATIONAL_PROGRAMMES').map((s) => s.kind)).toContain('SUBMIT_NATIONAL_PROGRAMME');
  });

  it('asks a trainer to schedule sessions', () => {
    expect(nextStepsFor(['TRAINER'], 'NATIONAL_TRAININGS_1').map((s) => s.kind)).toContain('SCHEDULE_SESSIONS');
  });

  it('combines the steps of every role a person holds, once per role', () => {
    const steps = nextStepsFor(['TRAINER', 'COORDINATOR', 'TRAINER'], 'INTERIM_ANALYSIS_1');
    expect(steps).toEqual([
      { role: 'TRAINER', kind: 'REVIEW_SESSION_FEEDBACK' },
      { role: 'COORDINATOR', kind: 'RECORD_FINDINGS' },
    ]);
  });

  it('has nothing to say without a phase', () => {
    expect(nextStepsFor(['ADMIN'], null)).toEqual([]);
  });
});
