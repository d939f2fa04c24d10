import type { ModuleVersion } from './module-version.entity';
import type { Module } from './module.entity';
import type { ModuleModel, ModuleTextModel } from './module.model';

export interface ModuleView {
  module: Module;
  version: ModuleVersion;
  canEdit: boolean;
  draftVersion: number | null;
  publishedVersion: number | null;
}

function pick<T>(values: Partial<Record<string, T>>, language: string, empty: T): { value: T; fallback: boolean } {
  const own = values[language];
  const hasOwn = Array.isArray(own) ? own.length > 0 : !!own;
  if (hasOwn) return { value: own as T, fallback: false };
  return { value: values['en'] ?? empty, fallback: language !== 'en' };
}

export function textsOf(v: ModuleVersion): ModuleTextModel[] {
  const languages = new Set([...Object.keys(v.title), ...Object.keys(v.summary), ...Object.keys(v.learningOutcomes)]);
  return [...languages]
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)))
    .map((language) => ({
      language,
      title: v.title[language] ?? '',
      summary: v.summary[language] ?? '',
      learningOutcomes: v.learningOutcomes[language] ?? [],
    }));
}

/** The module in the viewer's language; English stands in, marked, where a translation is missing. */
export function toModuleModel(view: ModuleView, language: string): ModuleModel {
  const { module: m, version: v } = view;
  const title = pick(v.title, language, '');
  const summary = pick(v.summary, language, '');
  const outcomes = pick(v.learningOutcomes, language, [] as string[]);
  return {
    id: m.id,
    editionId: m.editionId,
    kind: m.kind,
    number: m.number,
    countryCode: m.countryCode,
    code: m.code,
    versionId: v.id,
    version: v.version,
    status: v.status,
    language,
    title: title.value,
    titleIsFallback: title.fallback,
    summary: summary.value,
    summaryIsFallback: summary.fallback && !!summary.value,
    learningOutcomes: outcomes.value,
    learningOutcomesIsFallback: outcomes.fallback && outcomes.value.length > 0,
    contactHours: v.contactHours,
    selfStudyHours: v.selfStudyHours,
    deliveryMode: v.deliveryMode,
    texts: textsOf(v),
    materials: (v.materials ?? []).map((m) => ({
      id: m.id,
      kind: m.kind,
      title: m.title,
      url: m.kind === 'LINK' ? (m.url ?? null) : null,
      downloadUrl: m.kind === 'FILE' && m.fileId ? `/api/files/${m.fileId}` : null,
      fileName: m.fileName ?? null,
      contentType: m.contentType ?? null,
      sizeBytes: m.sizeBytes ?? null,
    })),
    changeReason: v.changeReason,
    publishedAt: v.publishedAt,
    lockVersion: v.lockVersion,
    canEdit: view.canEdit,
    draftVersion: view.canEdit ? view.draftVersion : null,
    publishedVersion: view.publishedVersion,
  };
}
