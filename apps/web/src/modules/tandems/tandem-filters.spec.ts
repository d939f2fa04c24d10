import { readTandemFilters, writeTandemFilters } from './tandem-filters';

describe('tandem filters in the address', () => {
  it('reads country and status', () => {
    expect(readTandemFilters(new URLSearchParams('country=lv&status=ACTIVE'))).toEqual({
      country: 'LV',
      status: 'ACTIVE',
    });
  });

  it('treats unknown values as no filter', () => {
    expect(readTandemFilters(new URLSearchParams('country=Latvia&status=PAIRED'))).toEqual({
      country: null,
      status: null,
    });
  });

  it('writes the filters and keeps the other parameters (the unpaired tutors country)', () => {
    const next = writeTandemFilters(new URLSearchParams('unpaired=LT&status=FORMING'), { country: 'EE', status: null });
    expect(next.toString()).toBe('unpaired=LT&country=EE');
    expect(readTandemFilters(next)).toEqual({ country: 'EE', status: null });
  });
});
