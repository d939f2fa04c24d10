import { LOCALES, type FieldError } from '@tandem/shared-domain';
import { invalid } from '../../common/field-error';
import { invalidTextFields } from '../../common/text';
import {
  SURVEY_KINDS,
  type QuestionDefinition,
  type SurveyKind,
  type SurveyMode,
  type SurveyText,
} from './survey-definitions';
import type { SurveyTemplate } from './survey-template.entity';
import { templateErrors } from './survey-template-rules';

/** The `format` of a survey template file; `formatVersion` grows when the shape changes. */
export const TEMPLATE_FORMAT = 'tandem.survey-template';
export const TEMPLATE_FORMAT_VERSION = 1;
const KEY = /^[a-z0-9][a-z0-9-]{1,39}$/;
const FIELDS = [
  'format',
  'formatVersion',
  'key',
  'kind',
  'mode',
  'textsMayBeQuoted',
  'title',
  'intro',
  'thankYou',
  'questions',
];

/** A template as a file (JSON): the whole definition, identified by its stable `key` and question codes. */
export interface TemplateDocument {
  format: typeof TEMPLATE_FORMAT;
  formatVersion: typeof TEMPLATE_FORMAT_VERSION;
  key: string;
  kind: SurveyKind;
  mode: SurveyMode;
  textsMayBeQuoted: boolean;
  title: SurveyText;
  intro: SurveyText;
  thankYou: SurveyText;
  questions: QuestionDefinition[];
}

/** The languages in a fixed order, empty texts left out: two equal definitions give the same JSON. */
const normalText = (text: SurveyText | undefined): SurveyText =>
  Object.fromEntries(LOCALES.filter((l) => text?.[l]).map((l) => [l, text?.[l] as string]));

/** A question with its fields in one order, flags only when on, options only for choices. */
export function normalQuestion(q: QuestionDefinition): QuestionDefinition {
  const choice = q.type === 'SINGLE' || q.type === 'MULTI';
  return {
    code: q.code,
    type: q.type,
    required: q.type !== 'SECTION' && q.required === true,
    text: normalText(q.text),
    ...(choice && { options: (q.options ?? []).map((o) => ({ code: o.code, text: normalText(o.text) })) }),
    ...(q.type === 'LIKERT_5' && q.notApplicable === true && { notApplicable: true }),
    ...(q.type === 'MULTI' && q.allowOther === true && { allowOther: true }),
    ...(q.type === 'TEXT' && q.long === true && { long: true }),
    ...(q.showIf && { showIf: { questionCode: q.showIf.questionCode, value: q.showIf.value } }),
  };
}

export function templateDocument(t: SurveyTemplate): TemplateDocument {
  return {
    format: TEMPLATE_FORMAT,
    formatVersion: TEMPLATE_FORMAT_VERSION,
    key: t.key,
    kind: t.kind,
    mode: t.mode,
    textsMayBeQuoted: t.textsMayBeQuoted,
    title: normalText(t.title),
    intro: normalText(t.intro),
    thankYou: normalText(t.thankYou),
    questions: t.questions.map(normalQuestion),
  };
}

/** The document of a JSON file, or the reasons it is not one (paths as in the file: `questions.3.code`). */
export function parseTemplateDocument(json: string): { document: TemplateDocument | null; errors: FieldError[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { document: null, errors: [invalid('file', 'notJson')] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { document: null, errors: [invalid('file', 'mustBeObject')] };
  const d = raw as Record<string, unknown>;
  const errors: FieldError[] = [...invalidTextFields(d, '')];
  if (errors.length) return { document: null, errors };
  if (d['format'] !== TEMPLATE_FORMAT) errors.push(invalid('format', 'oneOf', { values: TEMPLATE_FORMAT }));
  if (d['formatVersion'] !== TEMPLATE_FORMAT_VERSION)
    errors.push(invalid('formatVersion', 'oneOf', { values: String(TEMPLATE_FORMAT_VERSION) }));
  if (errors.length) return { document: null, errors };
  const unknown = Object.keys(d).filter((k) => !FIELDS.includes(k));
  if (unknown.length) errors.push(invalid('file', 'unknownKeys', { keys: unknown.join(', ') }));
  if (typeof d['key'] !== 'string' || !KEY.test(d['key'])) errors.push(invalid('key', 'templateKey'));
  if (!(SURVEY_KINDS as readonly unknown[]).includes(d['kind']))
    errors.push(invalid('kind', 'oneOf', { values: SURVEY_KINDS.join(', ') }));
  if (typeof d['textsMayBeQuoted'] !== 'boolean') errors.push(invalid('textsMayBeQuoted', 'mustBeBoolean'));
  const definition = {
    title: d['title'],
    intro: d['intro'] ?? {},
    thankYou: d['thankYou'] ?? {},
    mode: d['mode'],
    questions: d['questions'],
  } as Parameters<typeof templateErrors>[0];
  errors.push(...templateErrors(definition));
  if (errors.length) return { document: null, errors };
  const document = {
    ...(d as unknown as TemplateDocument),
    title: normalText(d['title'] as SurveyText),
    intro: normalText(d['intro'] as SurveyText),
    thankYou: normalText(d['thankYou'] as SurveyText),
    questions: (d['questions'] as QuestionDefinition[]).map(normalQuestion),
  };
  return { document, errors: [] };
}

/** The stable key of each translatable text of a definition (`questions.Q1.text`, `questions.Q5.options.RIGHT`). */
export function translatableTexts(d: Pick<TemplateDocument, 'title' | 'intro' | 'thankYou' | 'questions'>) {
  const texts = new Map<string, SurveyText>();
  texts.set('title', d.title);
  if (Object.keys(d.intro).length) texts.set('intro', d.intro);
  if (Object.keys(d.thankYou).length) texts.set('thankYou', d.thankYou);
  for (const q of d.questions) {
    texts.set(`questions.${q.code}.text`, q.text);
    for (const o of q.options ?? []) texts.set(`questions.${q.code}.options.${o.code}`, o.text);
  }
  return texts;
}

/** A copy of the definition with the texts of `changes` (key → language → text) put in. */
export function withTexts(d: TemplateDocument, changes: Map<string, SurveyText>): TemplateDocument {
  const put = (key: string, text: SurveyText) => normalText({ ...text, ...changes.get(key) });
  return {
    ...d,
    title: put('title', d.title),
    intro: put('intro', d.intro),
    thankYou: put('thankYou', d.thankYou),
    questions: d.questions.map((q) => ({
      ...q,
      text: put(`questions.${q.code}.text`, q.text),
      ...(q.options && {
        options: q.options.map((o) => ({ ...o, text: put(`questions.${q.code}.options.${o.code}`, o.text) })),
      }),
    })),
  };
}
