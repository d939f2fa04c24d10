import type { FieldError } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import {
  LANGUAGES,
  QUESTION_TYPES,
  SURVEY_MODES,
  type QuestionDefinition,
  type QuestionType,
  type SurveyMode,
  type SurveyText,
} from './survey-definitions';
import type { SurveyTemplate } from './survey-template.entity';
import type { SurveyTemplatesRepository } from './survey-templates.repository';

export interface TemplateDefinition {
  title: SurveyText;
  intro: SurveyText;
  thankYou: SurveyText;
  mode: SurveyMode;
  textsMayBeQuoted: boolean;
  questions: QuestionDefinition[];
}

/** The longest text of a template (a question, an option, the intro). */
export const TEMPLATE_TEXT_MAX = 2000;
const CODE = /^[A-Za-z0-9_]{1,20}$/;

export const isTextMap = (v: unknown): v is SurveyText =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.entries(v).every(([k, t]) => (LANGUAGES as readonly string[]).includes(k) && typeof t === 'string');

/** The reasons a template definition is not valid (empty when it is). */
export function templateErrors(d: Partial<TemplateDefinition>): FieldError[] {
  const errors: FieldError[] = [];
  const text = (v: unknown, field: string, english: boolean) => {
    if (!isTextMap(v)) return errors.push(invalid(field, 'languageMap'));
    if (english && !v['en']) errors.push(invalid(`${field}.en`, 'required'));
    for (const [language, t] of Object.entries(v))
      if ((t as string).length > TEMPLATE_TEXT_MAX)
        errors.push(invalid(`${field}.${language}`, 'maxLength', { max: TEMPLATE_TEXT_MAX }));
  };
  text(d.title, 'title', true);
  if (d.intro !== undefined) text(d.intro, 'intro', false);
  if (d.thankYou !== undefined) text(d.thankYou, 'thankYou', false);
  if (!(SURVEY_MODES as readonly string[]).includes(d.mode as string)) errors.push(invalid('mode', 'mode'));
  if (!Array.isArray(d.questions) || !d.questions.length || d.questions.length > 100)
    return [...errors, invalid('questions', 'questionCount')];
  const seen = new Map<string, QuestionDefinition>();
  d.questions.forEach((q, i) => {
    const f = `questions.${i}`;
    if (!q || typeof q !== 'object') return errors.push(invalid(f, 'mustBeObject'));
    if (typeof q.code !== 'string' || !CODE.test(q.code) || seen.has(q.code))
      errors.push(invalid(`${f}.code`, 'uniqueCode'));
    if (!(QUESTION_TYPES as readonly string[]).includes(q.type)) errors.push(invalid(`${f}.type`, 'type'));
    text(q.text, `${f}.text`, true);
    if ((q.type === 'SINGLE' || q.type === 'MULTI') && (!Array.isArray(q.options) || q.options.length < 2))
      errors.push(invalid(`${f}.options`, 'twoOptions'));
    const options = new Set<string>();
    (Array.isArray(q.options) ? q.options : []).forEach((o, j) => {
      if (typeof o?.code !== 'string' || !CODE.test(o.code) || options.has(o.code))
        errors.push(invalid(`${f}.options.${j}.code`, 'optionTwice'));
      else options.add(o.code);
      text(o?.text, `${f}.options.${j}.text`, true);
    });
    if (q.showIf) {
      const earlier = seen.get(q.showIf.questionCode);
      if (!earlier || earlier.showIf || typeof q.showIf.value !== 'string')
        errors.push(invalid(`${f}.showIf`, 'conditionTarget'));
    }
    if (typeof q.code === 'string') seen.set(q.code, q);
  });
  return errors;
}

/** A template question as the surveys made from it asked it (only those with responses count). */
export interface AnsweredQuestion {
  code: string;
  type: QuestionType;
  optionCodes: string[];
}

export type ComparabilityBreak =
  | { change: 'KIND'; questionCode: null }
  | { change: 'REMOVED' | 'RETYPED'; questionCode: string }
  | { change: 'OPTION_REMOVED'; questionCode: string; optionCode: string };

/**
 * What a new definition would break for surveys already answered: results compare by question
 * code, type and option code across the surveys of a template, so none of those may go. Adding
 * questions or options, reordering, headings and texts keep results comparable.
 */
export function comparabilityBreaks(
  answered: readonly AnsweredQuestion[],
  next: readonly QuestionDefinition[],
  kindChanged: boolean,
): ComparabilityBreak[] {
  const breaks: ComparabilityBreak[] = kindChanged ? [{ change: 'KIND', questionCode: null }] : [];
  const byCode = new Map(next.map((q) => [q.code, q]));
  const seen = new Set<string>();
  for (const a of answered) {
    const key = `${a.code}|${a.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const q = byCode.get(a.code);
    if (!q) breaks.push({ change: 'REMOVED', questionCode: a.code });
    else if (q.type !== a.type) breaks.push({ change: 'RETYPED', questionCode: a.code });
    else
      for (const optionCode of a.optionCodes)
        if (!(q.options ?? []).some((o) => o.code === optionCode))
          breaks.push({ change: 'OPTION_REMOVED', questionCode: a.code, optionCode });
  }
  return breaks;
}

/** TEMPLATE_NOT_COMPARABLE unless `questions` (and `kind`) keep what the template's answered surveys asked. */
export async function assertComparable(
  repo: SurveyTemplatesRepository,
  m: EntityManager,
  template: SurveyTemplate,
  next: { kind: string; questions: readonly QuestionDefinition[] },
): Promise<void> {
  const answered = await repo.answeredQuestions(m, template.id);
  if (!answered.length) return;
  const changes = comparabilityBreaks(answered, next.questions, template.kind !== next.kind);
  if (changes.length)
    throw new DomainError(
      'TEMPLATE_NOT_COMPARABLE',
      `Surveys made from the template ${template.key} have responses: this change would make their results incomparable. Nothing was changed.`,
      { surveyCount: await repo.answeredSurveyCount(m, template.id), changes },
    );
}
