import { LANGUAGES, missingLanguages, textIn, type SurveyText } from './survey-definitions';
import type { SurveyQuestion } from './survey-question.entity';
import type { SurveyTemplate } from './survey-template.entity';
import type { LinkedSurveyModel } from './survey-invitation.model';
import type { SurveyModel, SurveyQuestionModel, SurveyTemplateModel } from './survey.model';
import type { SurveyRow } from './surveys.repository';

/** OPEN past its window counts as CLOSED. */
export function effectiveStatus(row: Pick<SurveyRow, 'status' | 'closes_at'>, now = Date.now()): SurveyRow['status'] {
  return row.status === 'OPEN' && row.closes_at && row.closes_at.getTime() <= now ? 'CLOSED' : row.status;
}

const translations = (text: SurveyText) =>
  LANGUAGES.filter((l) => text[l]).map((language) => ({ language, text: text[language] as string }));

export function toSurveyQuestionModel(q: SurveyQuestion, language: string): SurveyQuestionModel {
  const text = textIn(q.text, language);
  return {
    id: q.id,
    code: q.code,
    position: q.position,
    type: q.type,
    text: text.value,
    textIsFallback: text.fallback,
    required: q.required,
    options: q.options.map((o) => ({ code: o.code, text: textIn(o.text, language).value })),
    notApplicable: q.notApplicable,
    allowOther: q.allowOther,
    long: q.long,
    showIfQuestionId: q.showIfQuestionId,
    showIfValue: q.showIfValue,
    byTrainer: q.byTrainer,
    translations: translations(q.text),
    optionTranslations: q.options.map((o) => translations(o.text)),
  };
}

/** The survey in `language`, English standing in where a text has no translation. */
export function toSurveyModel(
  row: SurveyRow,
  language: string,
  questions: SurveyQuestion[] = [],
  viewerId?: string,
): SurveyModel {
  const title = textIn(row.title, language);
  return {
    id: row.id,
    kind: row.kind,
    mode: row.mode,
    status: effectiveStatus(row),
    language,
    title: title.value,
    titleIsFallback: title.fallback,
    intro: textIn(row.intro, language).value,
    thankYou: textIn(row.thank_you, language).value,
    textsMayBeQuoted: row.texts_may_be_quoted,
    allowEditUntilClose: row.allow_edit_until_close,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    sessionId: row.session_id,
    sessionStartsAt: row.session_starts_at,
    moduleCode: row.module_code,
    moduleTitle: row.module_title ? textIn(row.module_title, language).value : null,
    countryCode: row.country_code,
    hasResponses: row.has_responses,
    canAddOwnQuestions:
      !!viewerId &&
      row.kind === 'FEEDBACK' &&
      row.trainer_ids.includes(viewerId) &&
      !row.has_responses &&
      effectiveStatus(row) !== 'CLOSED',
    missingLanguages: missingLanguages([
      row.title,
      ...questions.flatMap((q) => [q.text, ...q.options.map((o) => o.text)]),
    ]),
    questions: questions.map((q) => toSurveyQuestionModel(q, language)),
  };
}

/** A stakeholder's link: the texts and questions to answer, nothing about the survey's other respondents. */
export function toLinkedSurveyModel(row: SurveyRow, language: string, questions: SurveyQuestion[]): LinkedSurveyModel {
  return {
    kind: row.kind,
    mode: row.mode,
    status: effectiveStatus(row),
    language,
    title: textIn(row.title, language).value,
    intro: textIn(row.intro, language).value,
    thankYou: textIn(row.thank_you, language).value,
    textsMayBeQuoted: row.texts_may_be_quoted,
    closesAt: row.closes_at,
    questions: questions.map((q) => toSurveyQuestionModel(q, language)),
  };
}

export function toSurveyTemplateModel(t: SurveyTemplate, language: string): SurveyTemplateModel {
  const { title, intro, thankYou, mode, textsMayBeQuoted, questions } = t;
  return {
    id: t.id,
    key: t.key,
    kind: t.kind,
    mode: t.mode,
    title: textIn(t.title, language).value,
    questionCount: t.questions.filter((q) => q.type !== 'SECTION').length,
    definition: JSON.stringify({ title, intro, thankYou, mode, textsMayBeQuoted, questions }, null, 2),
    missingLanguages: missingLanguages([
      t.title,
      ...t.questions.flatMap((q) => [q.text, ...(q.options ?? []).map((o) => o.text)]),
    ]),
    updatedAt: t.updatedAt,
  };
}
