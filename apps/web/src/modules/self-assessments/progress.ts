/** Pure helpers of the "my progress" views: area means per round and the change since baseline. */
export interface RatedRound {
  roundKey: string;
  ratings: { competence: { code: string; areaCode: string }; level: number }[];
}

/** Mean level per area and round, rounded to one decimal: the radar chart's data, one row per area. */
export function areaMeans(rounds: RatedRound[], areaCodes: string[]): Record<string, string | number>[] {
  return areaCodes.map((area) => {
    const row: Record<string, string | number> = { area };
    for (const r of rounds) {
      const levels = r.ratings.filter((x) => x.competence.areaCode === area).map((x) => x.level);
      if (levels.length) row[r.roundKey] = Math.round((levels.reduce((a, b) => a + b, 0) / levels.length) * 10) / 10;
    }
    return row;
  });
}

export interface CompetenceChange {
  code: string;
  baseline: number | null;
  latest: number | null;
  change: number | null;
}

/** Per competence: the baseline level, the latest level and the change between them. */
export function changesSinceBaseline(
  baseline: RatedRound | undefined,
  latest: RatedRound | undefined,
  codes: string[],
): CompetenceChange[] {
  const level = (r: RatedRound | undefined, code: string) =>
    r?.ratings.find((x) => x.competence.code === code)?.level ?? null;
  return codes.map((code) => {
    const b = level(baseline, code);
    const l = latest && latest !== baseline ? level(latest, code) : null;
    return { code, baseline: b, latest: l, change: b !== null && l !== null ? l - b : null };
  });
}
