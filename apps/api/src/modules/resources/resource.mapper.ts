import { LOCALES } from '@tandem/shared-domain';
import type { LocalisedText, Resource, ResourceVersion } from './resource.entity';
import type { ResourceModel, ResourceVersionModel } from './resource.model';

export interface ResourceView {
  resource: Resource;
  languages: string[];
  competenceIds: string[];
  moduleIds: string[];
  canReview: boolean;
  versions: ResourceVersion[];
  items: Resource[];
}

const order = (language: string) => (LOCALES as readonly string[]).indexOf(language);

/** The reader's language when the resource has it, else English. */
export function shownLanguageOf(languages: readonly string[], text: LocalisedText, language: string): string {
  return languages.includes(language) || (!languages.length && text[language]) ? language : 'en';
}

const pick = (text: LocalisedText, language: string) => text[language] ?? text['en'] ?? '';

const texts = (text: LocalisedText) =>
  Object.entries(text)
    .filter((e): e is [string, string] => !!e[1])
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([language, t]) => ({ language, text: t }));

const toVersion = (v: ResourceVersion): ResourceVersionModel => ({
  id: v.id,
  language: v.language,
  version: v.version,
  body: v.body,
  url: v.url,
  createdAt: v.createdAt,
});

export function toResourceModel(view: ResourceView, language: string): ResourceModel {
  const r = view.resource;
  const languages = [...view.languages].sort((a, b) => order(a) - order(b));
  const shown = shownLanguageOf(languages, r.title, language);
  const content = view.versions.find((v) => v.language === shown) ?? view.versions.find((v) => v.language === 'en');
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    countryCode: r.countryCode,
    title: pick(r.title, shown),
    summary: pick(r.summary, shown),
    shownLanguage: shown,
    languages,
    titles: texts(r.title),
    summaries: texts(r.summary),
    audience: r.audience,
    licence: r.licence,
    source: r.source,
    author: r.author,
    downloadCount: r.downloadCount,
    reviewReason: r.reviewReason,
    parentId: r.parentId,
    position: r.position,
    competenceIds: view.competenceIds,
    moduleIds: view.moduleIds,
    createdAt: r.createdAt,
    canReview: view.canReview,
    content: content ? toVersion(content) : null,
    versions: view.versions.map(toVersion),
    items: view.items.map((i) => ({ id: i.id, kind: i.kind, position: i.position, title: pick(i.title, language) })),
  };
}
