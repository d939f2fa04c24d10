import { describe, expect, it } from 'vitest';
import { bookingOutlook, placeOf } from './session-display';

describe('session display', () => {
  it('shows the venue first, else the online link', () => {
    expect(placeOf({ venue: 'Rīga', onlineUrl: 'https://x.example' })).toEqual({
      kind: 'venue',
      text: 'Rīga',
    });
    expect(placeOf({ venue: null, onlineUrl: 'https://x.example' })).toEqual({
      kind: 'online',
      text: 'https://x.example',
    });
  });
  it('tells whether a tandem fits, waits or cannot book', () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(
      bookingOutlook({
        status: 'SCHEDULED',
        seatsLeft: 2,
        enrolmentDeadline: future,
      }),
    ).toBe('FITS');
    expect(
      bookingOutlook({
        status: 'SCHEDULED',
        seatsLeft: 1,
        enrolmentDeadline: future,
      }),
    ).toBe('WAITLIST');
    expect(
      bookingOutlook({
        status: 'CANCELLED',
        seatsLeft: 5,
        enrolmentDeadline: future,
      }),
    ).toBe('CLOSED');
    expect(
      bookingOutlook({
        status: 'SCHEDULED',
        seatsLeft: 5,
        enrolmentDeadline: new Date(0).toISOString(),
      }),
    ).toBe('CLOSED');
  });
});
