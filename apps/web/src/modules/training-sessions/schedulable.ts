import type { Role } from '@tandem/shared-domain';
import { countriesWhere, mayEverywhere } from '../session/roles';

/**
 * Which modules a person may schedule (permission session.schedule): a programme-wide grant the
 * joint ones too; a country's grant its national ones (the API decides again).
 */
export function schedulableModules<M extends { kind: string; countryCode?: string | null }>(
  modules: readonly M[],
  grants: readonly { role: Role; scopeKind?: string; countryCode?: string | null }[],
): M[] {
  if (mayEverywhere(grants, 'session.schedule')) return [...modules];
  const countries = new Set(countriesWhere(grants, 'session.schedule'));
  return modules.filter((m) => m.kind === 'NATIONAL' && !!m.countryCode && countries.has(m.countryCode));
}

export const TIME_ZONES = [
  'Europe/Tallinn',
  'Europe/Riga',
  'Europe/Vilnius',
  'Europe/Helsinki',
  'Europe/Berlin',
  'UTC',
] as const;
