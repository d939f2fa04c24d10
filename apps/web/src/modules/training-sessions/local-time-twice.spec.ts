import { describe, expect, it } from 'vitest';
import { localTimeTwice } from './local-time-twice';

describe('local times that happen twice', () => {
  it('finds the autumn hour in Riga that happens twice, with both offsets', () => {
    expect(localTimeTwice('2026-10-25T03:30', 'Europe/Riga')).toEqual({
      local: '2026-10-25T03:30',
      earlierOffset: '+03:00',
      laterOffset: '+02:00',
      earlier: Date.parse('2026-10-25T00:30:00Z'),
      later: Date.parse('2026-10-25T01:30:00Z'),
    });
  });

  it('sees nothing special in other hours, other days, or a time that is not entered yet', () => {
    expect(localTimeTwice('2026-10-25T04:30', 'Europe/Riga')).toBeNull();
    expect(localTimeTwice('2026-10-24T03:30', 'Europe/Riga')).toBeNull();
    expect(localTimeTwice('', 'Europe/Riga')).toBeNull();
    expect(localTimeTwice('2026-10-25T03:30', 'Not/AZone')).toBeNull();
  });
});
