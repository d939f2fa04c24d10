import { CYCLE_PHASE_KINDS, phaseMoveReason, planCycle } from './cycle';

describe('planCycle', () => {
  it('gives every phase a date range, in order, without gaps or overlaps', () => {
    const phases = planCycle('2026-09-01', '2027-08-31');
    expect(phases.map((p) => p.kind)).toEqual(CYCLE_PHASE_KINDS);
    expect(phases[0].startsOn).toBe('2026-09-01');
    expect(phases.at(-1)!.endsOn).toBe('2027-08-31');
    for (let i = 1; i < phases.length; i++) {
      const prevEnd = new Date(phases[i - 1].endsOn).getTime();
      expect(new Date(phases[i].startsOn).getTime() - prevEnd).toBe(86_400_000);
      expect(phases[i].endsOn >= phases[i].startsOn).toBe(true);
    }
  });

  it('still gives each phase a day in the shortest possible edition', () => {
    const phases = planCycle('2027-01-01', '2027-01-14');
    expect(phases.every((p) => p.startsOn === p.endsOn)).toBe(true);
    expect(phases.at(-1)!.endsOn).toBe('2027-01-14');
  });

  it('refuses an edition shorter than its phases', () => {
    expect(() => planCycle('2027-01-01', '2027-01-05')).toThrow(RangeError);
  });
});

describe('phaseMoveReason', () => {
  it('needs no reason for the ordinary steps forward', () => {
    expect(phaseMoveReason('PLANNED', 'OPEN', true)).toBeNull();
    expect(phaseMoveReason('OPEN', 'DONE', true)).toBeNull();
    expect(phaseMoveReason('OPEN', 'DONE', false)).toBeNull();
  });

  it('needs a reason to move a phase back', () => {
    expect(phaseMoveReason('OPEN', 'PLANNED', true)).toBe('GOING_BACK');
    expect(phaseMoveReason('DONE', 'OPEN', true)).toBe('GOING_BACK');
    expect(phaseMoveReason('DONE', 'PLANNED', true)).toBe('GOING_BACK');
  });

  it('needs a reason to close a phase that was never opened', () => {
    expect(phaseMoveReason('PLANNED', 'DONE', true)).toBe('NEVER_OPENED');
  });

  it('needs a reason to open a phase before the previous one is done', () => {
    expect(phaseMoveReason('PLANNED', 'OPEN', false)).toBe('OPENING_EARLY');
  });
});
