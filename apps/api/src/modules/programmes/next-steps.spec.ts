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
    expect(nextStepsFor(['COORDINATOR'], 'NATIONAL_PROGRAMMES').map((s) => s.kind)).toContain(
      'SUBMIT_NATIONAL_PROGRAMME',
    );
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

  it("drops the programme step once the coordinator's programme is submitted or approved", () => {
    const kinds = (own: ('DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED' | null)[]) =>
      nextStepsFor(['COORDINATOR'], 'NATIONAL_PROGRAMMES', { ownNationalProgrammes: own }).map((s) => s.kind);
    expect(kinds([null])).toContain('SUBMIT_NATIONAL_PROGRAMME');
    expect(kinds(['RETURNED'])).toContain('SUBMIT_NATIONAL_PROGRAMME');
    expect(kinds(['SUBMITTED'])).not.toContain('SUBMIT_NATIONAL_PROGRAMME');
    expect(kinds(['APPROVED'])).toEqual(['INVITE_TUTORS']);
  });

  it('asks a coordinator to submit a new revision in progress, even during the trainings', () => {
    const during = (own: ('DRAFT' | 'APPROVED' | null)[]) =>
      nextStepsFor(['COORDINATOR'], 'NATIONAL_TRAININGS_2', { ownNationalProgrammes: own }).map((s) => s.kind);
    expect(during(['DRAFT'])).toEqual(['SUBMIT_NATIONAL_PROGRAMME', 'FOLLOW_COUNTRY_PROGRESS', 'INVITE_TUTORS']);
    expect(during(['APPROVED'])).toEqual(['FOLLOW_COUNTRY_PROGRESS', 'INVITE_TUTORS']);
    expect(during([null])).toEqual(['FOLLOW_COUNTRY_PROGRESS', 'INVITE_TUTORS']);
  });

  it('asks an admin to review programmes exactly when some wait for a decision', () => {
    expect(
      nextStepsFor(['ADMIN'], 'NATIONAL_TRAININGS_2', { submittedNationalProgrammes: 1 }).map((s) => s.kind),
    ).toEqual(['REVIEW_NATIONAL_PROGRAMMES', 'TRACK_TARGET', 'ADVANCE_CYCLE']);
    expect(
      nextStepsFor(['ADMIN'], 'NATIONAL_PROGRAMMES', { submittedNationalProgrammes: 0 }).map((s) => s.kind),
    ).toEqual(['ADVANCE_CYCLE']);
  });

  it('has nothing to say without a phase', () => {
    expect(nextStepsFor(['ADMIN'], null)).toEqual([]);
  });
});
