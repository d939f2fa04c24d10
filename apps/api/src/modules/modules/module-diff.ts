import type { ModuleVersion } from './module-version.entity';

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

type Content = Pick<
  ModuleVersion,
  'title' | 'summary' | 'learningOutcomes' | 'contactHours' | 'selfStudyHours' | 'deliveryMode'
> &
  Partial<Pick<ModuleVersion, 'materials'>>;

const text = (v: unknown): string | null => {
  if (v === undefined || v === null || v === '') return null;
  return Array.isArray(v) ? (v.length ? v.join('\n') : null) : String(v);
};

/** Field-by-field differences between two versions; per-language fields are named `title.lv`. */
export function diffVersions(before: Content | null, after: Content): FieldChange[] {
  const changes: FieldChange[] = [];
  const push = (field: string, a: unknown, b: unknown) => {
    const [x, y] = [text(a), text(b)];
    if (x !== y) changes.push({ field, before: x, after: y });
  };
  for (const key of ['title', 'summary', 'learningOutcomes'] as const) {
    const languages = new Set([...Object.keys(before?.[key] ?? {}), ...Object.keys(after[key] ?? {})]);
    for (const lang of [...languages].sort()) push(`${key}.${lang}`, before?.[key]?.[lang], after[key]?.[lang]);
  }
  push('contactHours', before?.contactHours, after.contactHours);
  push('selfStudyHours', before?.selfStudyHours, after.selfStudyHours);
  push('deliveryMode', before?.deliveryMode, after.deliveryMode);
  push(
    'materials',
    before?.materials?.map((m) => m.title),
    after.materials?.map((m) => m.title),
  );
  return changes;
}
