import { LOCALES } from '@tandem/shared-domain';
import { translatableTexts, type TemplateDocument } from './survey-template-document';

export interface TextChange {
  key: string;
  language: string;
  change: 'ADDED' | 'CHANGED' | 'REMOVED';
  before: string | null;
  after: string | null;
}

export interface TemplateDiff {
  /** Every language, in the catalogue's order, with how many of its texts the import adds, changes and removes. */
  languages: { language: string; added: number; changed: number; removed: number }[];
  texts: TextChange[];
  /** Question codes (headings too) that are new, gone, or asked differently (type, required, options, condition, place). */
  questions: { added: string[]; removed: string[]; changed: string[] };
  /** The settings of the template that change: kind, mode, textsMayBeQuoted. */
  settings: string[];
}

/** The shape of a question without its texts: what a change of it means for answering. */
const shapeOf = (q: TemplateDocument['questions'][number], position: number) =>
  JSON.stringify({ ...q, text: undefined, options: q.options?.map((o) => o.code), position });

/** What importing `after` over `before` (null: a new template) changes, text by text and question by question. */
export function templateDiff(before: TemplateDocument | null, after: TemplateDocument): TemplateDiff {
  const was = before ? translatableTexts(before) : new Map();
  const now = translatableTexts(after);
  const texts: TextChange[] = [];
  for (const key of new Set([...was.keys(), ...now.keys()]))
    for (const language of LOCALES) {
      const a = was.get(key)?.[language] || null;
      const b = now.get(key)?.[language] || null;
      if (a === b) continue;
      texts.push({ key, language, change: !a ? 'ADDED' : !b ? 'REMOVED' : 'CHANGED', before: a, after: b });
    }
  const count = (language: string, change: TextChange['change']) =>
    texts.filter((t) => t.language === language && t.change === change).length;
  const old = new Map((before?.questions ?? []).map((q, i) => [q.code, shapeOf(q, i)]));
  const fresh = new Map(after.questions.map((q, i) => [q.code, shapeOf(q, i)]));
  return {
    languages: LOCALES.map((language) => ({
      language,
      added: count(language, 'ADDED'),
      changed: count(language, 'CHANGED'),
      removed: count(language, 'REMOVED'),
    })),
    texts,
    questions: {
      added: [...fresh.keys()].filter((c) => !old.has(c)),
      removed: [...old.keys()].filter((c) => !fresh.has(c)),
      changed: [...fresh.keys()].filter((c) => old.has(c) && old.get(c) !== fresh.get(c)),
    },
    settings: before ? (['kind', 'mode', 'textsMayBeQuoted'] as const).filter((f) => before[f] !== after[f]) : [],
  };
}

export const isUnchanged = (d: TemplateDiff) =>
  !d.texts.length &&
  !d.questions.added.length &&
  !d.questions.removed.length &&
  !d.questions.changed.length &&
  !d.settings.length;
