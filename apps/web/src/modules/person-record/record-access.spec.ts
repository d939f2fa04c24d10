import { describe, expect, it } from 'vitest';
import { mayOpenRecordOf } from './record-access';

const as = (id: string, ...roles: ('ADMIN' | 'COORDINATOR' | 'MANAGER' | 'TRAINER' | 'TUTOR' | 'OBSERVER')[]) => ({
  id,
  roles: roles.map((role) => ({ role })),
});

describe('mayOpenRecordOf', () => {
  it('links everyone for record readers, and a person’s own name for anyone', () => {
    expect(mayOpenRecordOf(as('me', 'COORDINATOR'), 'p1')).toBe(true);
    expect(mayOpenRecordOf(as('me', 'MANAGER'), 'p1')).toBe(true);
    expect(mayOpenRecordOf(as('me', 'TUTOR'), 'me')).toBe(true);
    expect(mayOpenRecordOf(as('me', 'TUTOR'), 'partner')).toBe(false);
    expect(mayOpenRecordOf(as('me', 'OBSERVER'), 'p1')).toBe(false);
  });

  it('links a roster’s people for its own trainers only', () => {
    expect(mayOpenRecordOf(as('me', 'TRAINER'), 'p1', ['me', 'other'])).toBe(true);
    expect(mayOpenRecordOf(as('me', 'TRAINER'), 'p1', ['other'])).toBe(false);
  });
});
