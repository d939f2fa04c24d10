import type { Snapshot } from './evidence.entity';
import type {
  CitationModel,
  EvidenceSnapshotModel,
  FindingModel,
  ImprovementActionModel,
  InterimAnalysisModel,
} from './evidence.model';
import type { ActionRow, AnalysisRow, CitationRow, CommentRow, FindingRow } from './evidence.repository';
import type { TranslationRow } from './finding-translations.repository';

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function toSnapshotModel(s: Snapshot): EvidenceSnapshotModel {
  const distribution = Array.isArray(s['distribution'])
    ? (s['distribution'] as { value: string; label: string; count: number }[])
    : [];
  return {
    label: s.label,
    groupSize: s.groupSize,
    takenAt: new Date(s.takenAt),
    question: str(s['question']) ?? str(s['competence']),
    countryCode: str(s['countryCode']),
    side: str(s['side']),
    value: num(s['mean']) ?? num(s['meanLevel']) ?? num(s['value']),
    change: num(s['meanChange']),
    changeCount: num(s['changeCount']),
    quote: str(s['quote']),
    distribution,
    json: JSON.stringify(s),
  };
}

/** A finding's citation, or any other citation of the same kinds (a policy recommendation's). */
export function toCitationModel(c: Pick<CitationRow, 'id' | 'kind' | 'snapshot' | 'cited_at'>): CitationModel {
  return { id: c.id, kind: c.kind, snapshot: toSnapshotModel(c.snapshot), citedAt: c.cited_at };
}

export function toAnalysisModel(a: AnalysisRow): InterimAnalysisModel {
  return {
    id: a.id,
    editionId: a.edition_id,
    phaseKind: a.phase_kind,
    title: a.title,
    periodStart: a.period_start,
    periodEnd: a.period_end,
    status: a.status,
    publishedAt: a.published_at,
  };
}

export function toFindingModel(
  f: FindingRow,
  extra: {
    citations: CitationRow[];
    comments: CommentRow[];
    translations: TranslationRow[];
    moduleCodes: Map<string, string>;
    canEdit: boolean;
    canComment: boolean;
  },
): FindingModel {
  return {
    id: f.id,
    analysisId: f.analysis_id,
    status: f.status,
    statement: f.statement,
    language: f.language,
    translations: extra.translations.map((t) => ({ language: t.language, statement: t.statement })),
    priority: f.priority,
    modules: f.module_ids.map((id) => ({ id, code: extra.moduleCodes.get(id) ?? '' })),
    countryCodes: f.country_codes,
    citations: extra.citations.map(toCitationModel),
    comments: extra.comments.map((c) => ({
      id: c.id,
      authorName: c.author_name,
      text: c.text,
      createdAt: c.created_at,
    })),
    publishedAt: f.published_at,
    lockVersion: f.lock_version,
    canEdit: extra.canEdit,
    canComment: extra.canComment,
  };
}

export function toActionModel(a: ActionRow, findings: Map<string, FindingRow>): ImprovementActionModel {
  return {
    id: a.id,
    status: a.status,
    change: a.change,
    owner: a.owner,
    dueOn: a.due_on,
    // Only module actions are listed here (the repository's module lists leave the others out).
    module: { id: a.module_id as string, code: a.module_code as string },
    moduleVersion:
      a.module_version_id && a.module_version !== null
        ? { id: a.module_version_id, version: a.module_version, publishedAt: a.module_version_published_at }
        : null,
    findings: a.finding_ids
      .map((id) => findings.get(id))
      .filter((f): f is FindingRow => !!f)
      .map((f) => ({ id: f.id, statement: f.statement, status: f.status })),
    checkNote: a.check_note,
    checkBefore: a.check_before ? toSnapshotModel(a.check_before) : null,
    checkAfter: a.check_after ? toSnapshotModel(a.check_after) : null,
    lockVersion: a.lock_version,
  };
}
