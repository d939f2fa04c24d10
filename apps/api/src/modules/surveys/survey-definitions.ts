/** The vocabulary of surveys, shared by entities, models and the answer rules. */
export const SURVEY_KINDS = ['FEEDBACK', 'NEEDS_ANALYSIS', 'FINAL_EVALUATION'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];
export const SURVEY_MODES = ['ANONYMOUS', 'CONFIDENTIAL', 'NAMED'] as const;
export type SurveyMode = (typeof SURVEY_MODES)[number];
export const SURVEY_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const QUESTION_TYPES = ['SECTION', 'LIKERT_5', 'SCALE_0_10', 'SINGLE', 'MULTI', 'TEXT'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Texts per language (en, et, lv, lt, ru); English is the fallback shown when a language is missing. */
export type SurveyText = Partial<Record<string, string>>;

export interface QuestionOption {
  code: string;
  text: SurveyText;
}

/** A question as a template keeps it (copied into every survey made from the template). */
export interface QuestionDefinition {
  code: string;
  type: QuestionType;
  text: SurveyText;
  required: boolean;
  options?: QuestionOption[];
  /** LIKERT_5: the respondent may answer "not applicable" (value `NA`). */
  notApplicable?: boolean;
  /** MULTI: the respondent may add an answer of their own (value `other:<text>`). */
  allowOther?: boolean;
  /** TEXT: a long answer (up to 5,000 characters) instead of a short one (up to 500). */
  long?: boolean;
  /** Shown only when the earlier question `questionCode` was answered with `value` (one level). */
  showIf?: { questionCode: string; value: string };
}

/** The value of "not applicable" for LIKERT_5 questions. */
export const NOT_APPLICABLE = 'NA';
/** MULTI answers of one's own are sent and stored as `other:<text>`. */
export const OTHER_PREFIX = 'other:';
export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 5000;
export const LANGUAGES = ['en', 'et', 'lv', 'lt', 'ru'] as const;

/** The text in `language`, English standing in where a translation is missing. */
export function textIn(text: SurveyText, language: string): { value: string; fallback: boolean } {
  const own = text[language];
  if (own) return { value: own, fallback: false };
  return { value: text['en'] ?? '', fallback: language !== 'en' };
}

export function missingLanguages(texts: SurveyText[]): string[] {
  return LANGUAGES.filter((l) => texts.some((t) => !t[l]));
}

/** Who a stakeholder of the needs analysis is (optional on their invitation). */
export const STAKEHOLDER_GROUPS = ['SCHOOL_MANAGER', 'EMPLOYER', 'AUTHORITY', 'SOCIAL_PARTNER', 'TUTOR'] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];
/** At most this many addresses in one request (the page sends a long list in parts of this size or less). */
export const INVITATIONS_PER_REQUEST = 200;
