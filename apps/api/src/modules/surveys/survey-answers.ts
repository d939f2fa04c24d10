import type { FieldError, ValidationParams, ValidationRule } from '@tandem/shared-domain';
import { LONG_TEXT_MAX, NOT_APPLICABLE, OTHER_PREFIX, SHORT_TEXT_MAX } from './survey-definitions';
import type { QuestionOption, QuestionType } from './survey-definitions';
import { invalid } from '../../common/field-error';

/** What the answer rules need of a question. */
export interface QuestionRule {
  id: string;
  type: QuestionType;
  required: boolean;
  options: QuestionOption[];
  notApplicable: boolean;
  allowOther: boolean;
  long: boolean;
  showIfQuestionId: string | null;
  showIfValue: string | null;
}

export interface SentAnswer {
  questionId: string;
  value: string;
}

export interface CheckedAnswer {
  questionId: string;
  value: string;
  number: number | null;
}

/**
 * Checks a whole response against the survey's questions. A MULTI question is answered with one
 * answer per chosen option (several answers with the same questionId; `other:<text>` for an answer of
 * one's own); every other question with at most one answer. A question hidden by its show-if condition
 * must stay unanswered; a visible required one must be answered (not in a `partial` one: a draft).
 * Answers are in the order sent.
 */
export function checkAnswers(
  questions: readonly QuestionRule[],
  sent: readonly SentAnswer[],
  { partial = false }: { partial?: boolean } = {},
): { answers: CheckedAnswer[]; errors: FieldError[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: FieldError[] = [];
  const answers: CheckedAnswer[] = [];
  const given = new Map<string, string[]>();
  sent.forEach((a, i) => {
    const field = `answers.${i}.value`;
    const q = byId.get(a.questionId);
    if (!q) return errors.push(invalid(`answers.${i}.questionId`, 'notSurveyQuestion'));
    const value = q.type === 'TEXT' ? a.value.trim() : a.value;
    const before = given.get(q.id) ?? [];
    if (before.length && q.type !== 'MULTI') return errors.push(invalid(field, 'oneAnswerOnly'));
    if (before.includes(value)) return errors.push(invalid(field, 'optionTwice'));
    const checked = checkValue(q, value);
    if (Array.isArray(checked)) return errors.push(invalid(field, ...checked));
    if (checked === null) return;
    given.set(q.id, [...before, value]);
    answers.push({ questionId: q.id, value, number: checked.number });
  });
  for (const q of questions) {
    const shown = !q.showIfQuestionId || (given.get(q.showIfQuestionId) ?? []).includes(q.showIfValue ?? '');
    const answered = given.has(q.id);
    if (!shown && answered) errors.push(invalid(`question.${q.id}`, 'notShown'));
    if (!partial && shown && q.required && !answered && q.type !== 'SECTION')
      errors.push(invalid(`question.${q.id}`, 'required'));
  }
  return { answers: errors.length ? [] : answers, errors };
}

/** The stored number of a valid value, null to drop an empty text, or the rule it breaks. */
function checkValue(
  q: QuestionRule,
  value: string,
): { number: number | null } | null | [ValidationRule, ValidationParams?] {
  const integer = /^(0|[1-9][0-9]?)$/.test(value) ? Number(value) : null;
  switch (q.type) {
    case 'SECTION':
      return ['sectionNotQuestion'];
    case 'LIKERT_5':
      if (value === NOT_APPLICABLE) return q.notApplicable ? { number: null } : ['notApplicableRefused'];
      return integer !== null && integer >= 1 && integer <= 5 ? { number: integer } : ['between', { min: 1, max: 5 }];
    case 'SCALE_0_10':
      return integer !== null && integer <= 10 ? { number: integer } : ['between', { min: 0, max: 10 }];
    case 'SINGLE':
      return q.options.some((o) => o.code === value) ? { number: null } : ['notOption'];
    case 'MULTI': {
      if (value.startsWith(OTHER_PREFIX)) {
        if (!q.allowOther) return ['noOwnAnswer'];
        const text = value.slice(OTHER_PREFIX.length).trim();
        if (!text) return ['otherNeedsText'];
        return text.length <= SHORT_TEXT_MAX ? { number: null } : ['maxLength', { max: SHORT_TEXT_MAX }];
      }
      return q.options.some((o) => o.code === value) ? { number: null } : ['notOption'];
    }
    case 'TEXT': {
      if (!value) return null;
      const max = q.long ? LONG_TEXT_MAX : SHORT_TEXT_MAX;
      return value.length <= max ? { number: null } : ['maxLength', { max }];
    }
  }
}
