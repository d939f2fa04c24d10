import type { BurnUpPointModel } from './cockpit.model';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Weekly points over the edition's dates (plus today and the last day): cumulative trained up to
 * today, the target as a flat line, the plan as a straight line to the target, and the forecast
 * from today's figure to the edition's end.
 */
export function burnUpPoints(input: {
  startsOn: string;
  endsOn: string;
  today: string;
  perDay: { day: string; n: number }[];
  target: number | null;
  trainedNow: number;
  forecast: number;
}): BurnUpPointModel[] {
  const start = Date.parse(`${input.startsOn}T00:00:00Z`);
  const end = Date.parse(`${input.endsOn}T00:00:00Z`);
  const today = Date.parse(`${input.today}T00:00:00Z`);
  const days = new Set<number>();
  for (let d = start; d <= end; d += 7 * DAY) days.add(d);
  days.add(end);
  if (today >= start && today <= end) days.add(today);
  const sorted = [...days].sort((a, b) => a - b);
  const perDay = [...input.perDay].sort((a, b) => a.day.localeCompare(b.day));
  const span = Math.max(end - start, DAY);
  let i = 0;
  let cumulative = 0;
  return sorted.map((d) => {
    const date = iso(d);
    while (i < perDay.length && perDay[i].day <= date) cumulative += perDay[i++].n;
    const past = d <= today;
    return {
      date,
      trained: past ? cumulative : null,
      target: input.target,
      plan: input.target === null ? null : Math.round((input.target * (d - start)) / span),
      forecast: d === today ? input.trainedNow : d === end ? input.forecast : null,
    };
  });
}
