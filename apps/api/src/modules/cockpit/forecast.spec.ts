import { burnUpPoints } from './burn-up';
import { attendanceRate, cellTarget, forecastOf, seatsFor } from './forecast';

describe('cockpit arithmetic', () => {
  const splits = {
    total: 800,
    byCountry: new Map([['LT', 300]]),
    bySide: new Map([['SCHOOL', 400]]),
  };

  it('gives a cell country × side ÷ total only when both splits exist', () => {
    expect(cellTarget(splits, 'LT', 'SCHOOL')).toBe(150);
    expect(cellTarget(splits, 'LT', 'COMPANY')).toBeNull();
    expect(cellTarget(splits, 'EE', 'SCHOOL')).toBeNull();
    expect(cellTarget({ ...splits, total: 0 }, 'LT', 'SCHOOL')).toBeNull();
  });

  it('discounts on-track tutors by the attendance rate seen so far', () => {
    expect(attendanceRate(0, 0)).toBe(1);
    expect(attendanceRate(10, 8)).toBe(0.8);
    expect(forecastOf(100, 50, 0.8)).toBe(140);
    expect(forecastOf(100, 0, 0.8)).toBe(100);
  });

  it('asks for shortfall ÷ rate seats, rounded up, and none without a shortfall', () => {
    expect(seatsFor(0, 0.8)).toBe(0);
    expect(seatsFor(-3, 0.8)).toBe(0);
    expect(seatsFor(10, 0.8)).toBe(13);
    expect(seatsFor(10, 0)).toBe(10);
  });

  it('draws the burn-up weekly, cumulative up to today, with the forecast from today to the end', () => {
    const points = burnUpPoints({
      startsOn: '2026-01-01',
      endsOn: '2026-01-29',
      today: '2026-01-10',
      perDay: [
        { day: '2026-01-02', n: 3 },
        { day: '2026-01-09', n: 2 },
        { day: '2026-01-10', n: 1 },
      ],
      target: 28,
      trainedNow: 6,
      forecast: 20,
    });
    expect(points.map((p) => p.date)).toEqual([
      '2026-01-01',
      '2026-01-08',
      '2026-01-10',
      '2026-01-15',
      '2026-01-22',
      '2026-01-29',
    ]);
    expect(points.map((p) => p.trained)).toEqual([0, 3, 6, null, null, null]);
    expect(points.map((p) => p.plan)).toEqual([0, 7, 9, 14, 21, 28]);
    expect(points.map((p) => p.forecast)).toEqual([null, null, 6, null, null, 20]);
  });
});
