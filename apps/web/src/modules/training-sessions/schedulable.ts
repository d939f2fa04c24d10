/** Which modules a person may schedule: ADMIN joint ones; a country's TRAINER or COORDINATOR its national ones (the API decides again). */
export function schedulableModules<M extends { kind: string; countryCode?: string | null }>(
  modules: readonly M[],
  grants: readonly { role: string; countryCode?: string | null }[],
): M[] {
  const admin = grants.some((g) => g.role === 'ADMIN');
  const countries = new Set(
    grants.filter((g) => g.role === 'TRAINER' || g.role === 'COORDINATOR').map((g) => g.countryCode),
  );
  return modules.filter((m) => admin || (m.kind === 'NATIONAL' && countries.has(m.countryCode ?? null)));
}

export const TIME_ZONES = [
  'Europe/Tallinn',
  'Europe/Riga',
  'Europe/Vilnius',
  'Europe/Helsinki',
  'Europe/Berlin',
  'UTC',
] as const;
