import { assignmentFormErrors, confirmationKey, reviewCommentMissing, submissionState } from './submission-state';

describe('submission state', () => {
  it('shows an assignment without a submission as not started', () => {
    expect(submissionState(null)).toBe('NOT_STARTED');
    expect(submissionState({ status: 'NEEDS_REVISION' })).toBe('NEEDS_REVISION');
  });

  it('tells the viewer who has confirmed', () => {
    expect(confirmationKey({ confirmedByMe: false, confirmedByPartner: true })).toBe('partner');
    expect(confirmationKey({ confirmedByMe: true, confirmedByPartner: true })).toBe('both');
    expect(confirmationKey({ confirmedByMe: true, confirmedByPartner: false })).toBe('mine');
    expect(confirmationKey({ confirmedByMe: false, confirmedByPartner: false })).toBe('none');
  });

  it('requires a comment to ask for a revision, not to accept', () => {
    expect(reviewCommentMissing('NEEDS_REVISION', '  ')).toBe(true);
    expect(reviewCommentMissing('ACCEPTED', '')).toBe(false);
  });

  it('refuses an empty title and a past due date unless it is the date already set', () => {
    expect(assignmentFormErrors({ title: ' ', dueOn: '' }, '2026-05-01')).toEqual({
      title: 'required',
      dueOn: 'required',
    });
    expect(assignmentFormErrors({ title: 'A', dueOn: '2026-04-30' }, '2026-05-01')).toEqual({ dueOn: 'past' });
    expect(assignmentFormErrors({ title: 'A', dueOn: '2026-04-30' }, '2026-05-01', '2026-04-30')).toEqual({});
  });
});
