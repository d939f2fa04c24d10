/** A module in the programme editor, with the published hours that count towards the totals. */
export interface ProgrammeEntry {
  moduleId: string;
  code: string;
  title: string;
  titleIsFallback: boolean;
  kind: 'JOINT' | 'NATIONAL';
  number: number | null;
  contactHours: number;
  selfStudyHours: number;
}

/** The list with the entry at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveEntry<T>(entries: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= entries.length || target < 0 || target >= entries.length) return [...entries];
  const next = [...entries];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

export function removeEntry<T>(entries: readonly T[], index: number): T[] {
  return entries.filter((_, i) => i !== index);
}

/** Adds a module at the end, once: a module already in the programme is not added again. */
export function addEntry(entries: readonly ProgrammeEntry[], entry: ProgrammeEntry): ProgrammeEntry[] {
  return entries.some((e) => e.moduleId === entry.moduleId) ? [...entries] : [...entries, entry];
}

export interface ProgrammeTotals {
  contactHours: number;
  selfStudyHours: number;
  totalHours: number;
}

export function programmeTotals(
  entries: readonly Pick<ProgrammeEntry, 'contactHours' | 'selfStudyHours'>[],
): ProgrammeTotals {
  const contactHours = entries.reduce((sum, e) => sum + e.contactHours, 0);
  const selfStudyHours = entries.reduce((sum, e) => sum + e.selfStudyHours, 0);
  return {
    contactHours,
    selfStudyHours,
    totalHours: contactHours + selfStudyHours,
  };
}

/** Whether the editor holds the same modules in the same order as the saved programme. */
export function sameOrder(a: readonly { moduleId: string }[], b: readonly { moduleId: string }[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.moduleId === b[i].moduleId);
}

interface ModuleChoice extends ProgrammeEntry {
  countryCode: string | null;
  publishedVersion: number | null;
}

/**
 * The modules a country's programme may still take: published, joint or national of that country,
 * not already in it; joint modules first by number, then national ones by code.
 */
export function addableModules<M extends ModuleChoice>(
  modules: readonly M[],
  countryCode: string,
  entries: readonly { moduleId: string }[],
): M[] {
  const taken = new Set(entries.map((e) => e.moduleId));
  return modules
    .filter((m) => m.publishedVersion !== null && !taken.has(m.moduleId))
    .filter((m) => m.kind === 'JOINT' || m.countryCode === countryCode)
    .sort((a, b) =>
      a.kind === b.kind
        ? (a.number ?? 0) - (b.number ?? 0) || a.code.localeCompare(b.code)
        : a.kind === 'JOINT'
          ? -1
          : 1,
    );
}
