import { describe, expect, it } from 'vitest';
import { createFormatter } from '../i18n/format';

describe('session times in the UI', () => {
  it('shows a session on the last Sunday of October in Riga at its local hour, after the clocks went back', () => {
    // 10:00 in Riga on 25 October 2026 is 08:00 UTC (EET, +2); the day before, 10:00 was 07:00 UTC (EEST, +3).
    expect(createFormatter('lv', 'Europe/Riga').dateTime('2026-10-25T08:00:00.000Z')).toContain('10:00');
    expect(createFormatter('lv', 'Europe/Riga').dateTime('2026-10-24T07:00:00.000Z')).toContain('10:00');
    expect(createFormatter('en', 'Europe/Riga').dateTime('2026-10-25T08:00:00.000Z')).toContain('10:00');
  });
});
