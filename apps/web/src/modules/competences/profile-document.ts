/**
 * The editor's working copy of a draft profile: plain data, edited in memory and saved whole
 * (saveCompetenceProfileDraft takes the whole document; the JSON import is the same shape).
 */
export const PROFILE_LANGUAGES = ['en', 'et', 'lv', 'lt', 'ru'] as const;
export type ProfileLanguage = (typeof PROFILE_LANGUAGES)[number];

export interface TextDoc {
  language: string;
  title: string;
  description: string;
  levels: string[];
}
export interface CompetenceDoc {
  key: string;
  code: string;
  texts: TextDoc[];
}
export interface AreaDoc extends CompetenceDoc {
  competences: CompetenceDoc[];
}
export interface ProfileDoc {
  scaleLevels: number;
  levelNames: TextDoc[];
  areas: AreaDoc[];
}

let counter = 0;
const key = () => `k${++counter}`;
const text = (t: Partial<TextDoc> & { language: string }): TextDoc => ({
  title: '',
  description: '',
  levels: [],
  ...t,
});

interface ProfileLike {
  scaleLevels: number;
  levelNameTexts?: Partial<TextDoc>[];
  levelNames?: unknown;
  areas: { code: string; texts: Partial<TextDoc>[]; competences: { code: string; texts: Partial<TextDoc>[] }[] }[];
}

/** From the API (or an imported JSON file, which has the same shape). */
export function toDocument(p: ProfileLike): ProfileDoc {
  const names = p.levelNameTexts ?? (Array.isArray(p.levelNames) ? (p.levelNames as Partial<TextDoc>[]) : []);
  const texts = (list: Partial<TextDoc>[]) =>
    list.filter((t): t is Partial<TextDoc> & { language: string } => typeof t.language === 'string').map(text);
  return {
    scaleLevels: p.scaleLevels,
    levelNames: texts(names),
    areas: p.areas.map((a) => ({
      key: key(),
      code: a.code,
      texts: texts(a.texts),
      competences: a.competences.map((c) => ({ key: key(), code: c.code, texts: texts(c.texts) })),
    })),
  };
}

/** The mutation's input; languages with nothing in them are left out. */
export function toInput(doc: ProfileDoc, profileId: string) {
  const texts = (list: TextDoc[], withLevels: boolean) =>
    list
      .filter((t) => t.title.trim() || t.description.trim() || t.levels.some((l) => l.trim()))
      .map((t) => ({
        language: t.language,
        title: t.title,
        description: t.description,
        levels: withLevels ? t.levels.slice(0, doc.scaleLevels) : [],
      }));
  return {
    profileId,
    scaleLevels: doc.scaleLevels,
    levelNames: doc.levelNames.map((t) => ({
      language: t.language,
      title: '',
      description: '',
      levels: t.levels.slice(0, doc.scaleLevels),
    })),
    areas: doc.areas.map((a) => ({
      code: a.code,
      texts: texts(a.texts, false),
      competences: a.competences.map((c) => ({ code: c.code, texts: texts(c.texts, true) })),
    })),
  };
}

export function textIn(item: CompetenceDoc, language: string): TextDoc {
  return item.texts.find((t) => t.language === language) ?? text({ language });
}

/** The item with the text of one language replaced. */
export function withText<T extends CompetenceDoc>(item: T, next: TextDoc): T {
  const others = item.texts.filter((t) => t.language !== next.language);
  return { ...item, texts: [...others, next] };
}

/** Moves an element up (-1) or down (+1); out of range: unchanged. */
export function move<T>(list: T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/** Languages in which the item lacks a title or (competences) a descriptor of a level. */
export function missingLanguages(item: CompetenceDoc, scaleLevels: number | null): string[] {
  return PROFILE_LANGUAGES.filter((l) => {
    const t = textIn(item, l);
    return (
      !t.title.trim() ||
      (scaleLevels !== null && Array.from({ length: scaleLevels }, (_, i) => t.levels[i]?.trim()).some((d) => !d))
    );
  });
}

export function newCompetence(code: string): CompetenceDoc {
  return { key: key(), code, texts: [text({ language: 'en' })] };
}
export function newArea(code: string): AreaDoc {
  return { ...newCompetence(code), competences: [] };
}
