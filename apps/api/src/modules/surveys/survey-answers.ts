import type { FieldError } from '@tandem/shared-domain';
import { LONG_TEXT_MAX, NOT_APPLICABLE, OTHER_PREFIX, SHORT_TEXT_MAX } from './survey-definitions';
import type { QuestionOption, QuestionType } from './survey-definitions';

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
 * must stay unanswered; a visible required one must be answered. Answers are in the order sent.
 */
export function checkAnswers(
  questions: readonly QuestionRule[],
  sent: readonly SentAnswer[],
): { answers: CheckedAnswer[]; errors: FieldError[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: FieldError[] = [];
  const answers: CheckedAnswer[] = [];
  const given = new Map<string, string[]>();
  sent.forEach((a, i) => {
    const field = `answers.${i}.value`;
    const q = byId.get(a.questionId);
    if (!q) return errors.push({ field: `answers.${i}.questionId`, message: 'is not a question of this survey' });
    const value = q.type === 'TEXT' ? a.value.trim() : a.value;
    const before = given.get(q.id) ?? [];
    if (before.length && q.type !== 'MULTI')
      return errors.push({ field, message: 'answers a question that takes one answer a second time' });
    if (before.includes(value)) return errors.push({ field, message: 'repeats an option' });
    const checked = checkValue(q, value);
    if (typeof checked === 'string') return errors.push({ field, message: checked });
    if (checked === null) return;
    given.set(q.id, [...before, value]);
    answers.push({ questionId: q.id, value, number: checked.number });
  });
  for (const q of questions) {
    const shown = !q.showIfQuestionId || (given.get(q.showIfQuestionId) ?? []).includes(q.showIfValue ?? '');
    const answered = given.has(q.id);
    if (!shown && answered) errors.push({ field: `question.${q.id}`, message: 'is not shown for these answers' });
    if (shown && q.required && !answered && q.type !== 'SECTION')
      errors.push({ field: `question.${q.id}`, message: 'is required' });
  }
  return { answers: errors.length ? [] : answers, errors };
}

/** The stored number of a valid value, null to drop an empty text, or the reason it is not valid. */
function checkValue(q: QuestionRule, value: string): { number: number | null } | null | string {
  const integer = /^(0|[1-9][0-9]?)$/.test(value) ? Number(value) : null;
  switch (q.type) {
    case 'SECTION':
      return 'is a section heading, not a question';
    case 'LIKERT_5':
      if (value === NOT_APPLICABLE) return q.notApplicable ? { number: null } : 'cannot be "not applicable"';
      return integer !== null && integer >= 1 && integer <= 5 ? { number: integer } : 'must be 1 to 5';
    case 'SCALE_0_10':
      return integer !== null && integer <= 10 ? { number: integer } : 'must be 0 to 10';
    case 'SINGLE':
      return q.options.some((o) => o.code === value) ? { number: null } : 'is not one of the options';
    case 'MULTI': {
      if (value.startsWith(OTHER_PREFIX)) {
        if (!q.allowOther) return 'cannot have an answer of one’s own';
        const text = value.slice(OTHER_PREFIX.length).trim();
        if (!text) return 'needs a text after "other:"';
        return text.length <= SHORT_TEXT_MAX ? { number: null } : `must be at most ${SHORT_TEXT_MAX} characters`;
      }
      return q.options.some((o) => o.code === value) ? { number: null } : 'is not one of the options';
    }
    case 'TEXT': {
      if (!value) return null;
      const max = q.long ? LONG_TEXT_MAX : SHORT_TEXT_MAX;
      return value.length <= max ? { number: null } : `must be at most ${max} characters`;
    }
  }
}
