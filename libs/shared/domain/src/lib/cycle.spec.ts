import { CYCLE_PHASE_KINDS, planCycle } from './cycle';

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
