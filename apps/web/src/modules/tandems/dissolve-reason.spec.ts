import { checkDissolveReason, DISSOLVE_REASON_MAX_LENGTH } from './dissolve-reason';

describe('the reason to dissolve a tandem', () => {
  it('is required: blank is refused', () => {
    expect(checkDissolveReason('   \n')).toEqual({ ok: false, error: 'tandems.dissolve.reasonRequired' });
  });

  it('is sent trimmed, and never longer than the API stores', () => {
    expect(checkDissolveReason('  moved to another company ')).toEqual({
      ok: true,
      reason: 'moved to another company',
    });
    const long = checkDissolveReason('x'.repeat(DISSOLVE_REASON_MAX_LENGTH + 10));
    expect(long.ok && long.reason.length).toBe(DISSOLVE_REASON_MAX_LENGTH);
  });
});
