import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QUESTION_TYPES, SURVEY_KINDS, SURVEY_MODES, SURVEY_STATUSES } from './survey-definitions';
import type {
  QuestionType as QuestionTypeValue,
  SurveyKind as SurveyKindValue,
  SurveyMode as SurveyModeValue,
  SurveyStatus as SurveyStatusValue,
} from './survey-definitions';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const SurveyKind = asEnum(SURVEY_KINDS);
export const SurveyMode = asEnum(SURVEY_MODES);
export const SurveyStatus = asEnum(SURVEY_STATUSES);
export const QuestionType = asEnum(QUESTION_TYPES);
export const MY_SURVEY_STATUSES = ['PENDING', 'ANSWERED', 'CLOSED'] as const;
export type MySurveyStatusValue = (typeof MY_SURVEY_STATUSES)[number];
export const MySurveyStatus = asEnum(MY_SURVEY_STATUSES);
registerEnumType(SurveyKind, {
  name: 'SurveyKind',
  description: 'FEEDBACK after a session; NEEDS_ANALYSIS (first phase); FINAL_EVALUATION (last phase).',
});
registerEnumType(SurveyMode, {
  name: 'SurveyMode',
  description:
    'ANONYMOUS: the response keeps no link to the person and only the day; CONFIDENTIAL: linked, only aggregates are shown; NAMED: the respondent is told their name goes with the answers.',
});
registerEnumType(SurveyStatus, { name: 'SurveyStatus', description: 'DRAFT → OPEN → CLOSED.' });
registerEnumType(QuestionType, {
  name: 'QuestionType',
  description:
    'LIKERT_5 (1..5, "NA" where allowed), SCALE_0_10, SINGLE (an option code), MULTI (one answer per option; "other:<text>"), TEXT, SECTION (a heading).',
});
registerEnumType(MySurveyStatus, {
  name: 'MySurveyStatus',
  description: 'PENDING: open and not answered yet; ANSWERED; CLOSED: closed without an answer.',
});

@ObjectType('SurveyOption')
export class SurveyOptionModel {
  @Field() code!: string;
  @Field() text!: string;
}

@ObjectType('SurveyTranslation')
export class SurveyTranslationModel {
  @Field() language!: string;
  @Field() text!: string;
}

@ObjectType('SurveyQuestion')
export class SurveyQuestionModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field(() => Int) position!: number;
  @Field(() => QuestionType) type!: QuestionTypeValue;
  @Field({ description: 'In the asked language; English where it has no translation.' }) text!: string;
  @Field() textIsFallback!: boolean;
  @Field() required!: boolean;
  @Field(() => [SurveyOptionModel]) options!: SurveyOptionModel[];
  @Field({ description: 'LIKERT_5: "not applicable" (value NA) may be answered.' }) notApplicable!: boolean;
  @Field({ description: 'MULTI: an answer of one’s own may be added as "other:<text>".' }) allowOther!: boolean;
  @Field({ description: 'TEXT: a long answer (5,000 characters) rather than a short one (500).' }) long!: boolean;
  @Field(() => ID, { nullable: true, description: 'Shown only when this earlier question …' })
  showIfQuestionId!: string | null;
  @Field(() => String, { nullable: true, description: '… was answered with this value.' })
  showIfValue!: string | null;
  @Field({ description: 'A question the session’s trainer added of their own (not compared across sessions).' })
  byTrainer!: boolean;
  @Field(() => [SurveyTranslationModel], { description: 'The question’s text in every language it has.' })
  translations!: SurveyTranslationModel[];
  @Field(() => [[SurveyTranslationModel]], { description: 'Each option’s text in every language it has.' })
  optionTranslations!: SurveyTranslationModel[][];
}

@ObjectType('Survey')
export class SurveyModel {
  @Field(() => ID) id!: string;
  @Field(() => SurveyKind) kind!: SurveyKindValue;
  @Field(() => SurveyMode) mode!: SurveyModeValue;
  @Field(() => SurveyStatus, { description: 'CLOSED also once the window has passed.' }) status!: SurveyStatusValue;
  @Field({ description: 'The language the texts are in.' }) language!: string;
  @Field() title!: string;
  @Field() titleIsFallback!: boolean;
  @Field() intro!: string;
  @Field() thankYou!: string;
  @Field({ description: 'Respondents are told that free texts may be quoted (in groups of 10 or more).' })
  textsMayBeQuoted!: boolean;
  @Field({
    description:
      'A submitted response may be changed until the survey closes (never in an ANONYMOUS survey: its responses keep no link to anyone).',
  })
  allowEditUntilClose!: boolean;
  @Field(() => Date, { nullable: true }) opensAt!: Date | null;
  @Field(() => Date, { nullable: true }) closesAt!: Date | null;
  @Field(() => ID, { nullable: true }) sessionId!: string | null;
  @Field(() => Date, { nullable: true }) sessionStartsAt!: Date | null;
  @Field(() => String, { nullable: true }) moduleCode!: string | null;
  @Field(() => String, { nullable: true }) moduleTitle!: string | null;
  @Field(() => String, { nullable: true, description: 'The session’s country; null for a joint session.' })
  countryCode!: string | null;
  @Field({ description: 'Someone has answered: the mode can no longer change.' }) hasResponses!: boolean;
  @Field({
    description:
      'The viewer may add, change and remove questions of their own (a trainer of the session, until the first response).',
  })
  canAddOwnQuestions!: boolean;
  @Field(() => [String], { description: 'Languages some text of the survey is missing in (English stands in).' })
  missingLanguages!: string[];
  @Field(() => [SurveyQuestionModel]) questions!: SurveyQuestionModel[];
}

@ObjectType('MySurvey', { description: 'A survey the signed-in person is asked to answer.' })
export class MySurveyModel {
  @Field(() => SurveyModel) survey!: SurveyModel;
  @Field(() => MySurveyStatus) status!: MySurveyStatusValue;
}

@ObjectType('SurveyResponseReceipt')
export class SurveyResponseReceiptModel {
  @Field(() => ID, { description: 'The stored response (it keeps no link to the person in an ANONYMOUS survey).' })
  id!: string;
}

@ObjectType('SurveyDraftAnswer')
export class SurveyDraftAnswerModel {
  @Field(() => ID) questionId!: string;
  @Field() value!: string;
}

@ObjectType('SurveyDraft', {
  description:
    'The signed-in person’s answers so far: the draft saved while answering, or (after submitting) the response where it may still be changed.',
})
export class SurveyDraftModel {
  @Field(() => ID) surveyId!: string;
  @Field(() => [SurveyDraftAnswerModel]) answers!: SurveyDraftAnswerModel[];
  @Field({ description: 'The response has been submitted (the draft is gone).' }) submitted!: boolean;
  @Field({
    description:
      'The answers may still be saved: before submitting, or after it where the survey allows editing until it closes.',
  })
  editable!: boolean;
}

@ObjectType('SurveyValueCount')
export class SurveyValueCountModel {
  @Field({ description: 'The option code, the number, NA, or OTHER (MULTI answers of one’s own).' }) value!: string;
  @Field({ description: 'The option’s text, or the value.' }) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('SurveyQuestionResult')
export class SurveyQuestionResultModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field(() => QuestionType) type!: QuestionTypeValue;
  @Field() text!: string;
  @Field({ description: 'The session’s trainer’s own question (not compared across sessions).' }) byTrainer!: boolean;
  @Field({
    description: 'Too few to show: a group under 5 (free texts: under 10), or hidden so that none can be derived.',
  })
  suppressed!: boolean;
  @Field(() => Int, { nullable: true, description: 'Responses that answered the question (null when suppressed).' })
  count!: number | null;
  @Field(() => Int, { nullable: true }) notApplicableCount!: number | null;
  @Field(() => Float, { nullable: true, description: 'LIKERT_5 and SCALE_0_10, without "not applicable".' })
  mean!: number | null;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => [SurveyValueCountModel]) distribution!: SurveyValueCountModel[];
  @Field(() => Float, { nullable: true, description: 'SCALE_0_10: the share answering 9 or 10.' })
  shareHigh!: number | null;
  @Field(() => Float, { nullable: true, description: 'SCALE_0_10: the share answering 0 to 6.' })
  shareLow!: number | null;
  @Field(() => [String], {
    nullable: true,
    description: 'TEXT: the answers, in a group of 10 or more and if quotable.',
  })
  texts!: string[] | null;
}

@ObjectType('SurveyResults', { description: 'k-anonymous results of one survey in the viewer’s scope.' })
export class SurveyResultsModel {
  @Field(() => ID) surveyId!: string;
  @Field(() => String, { nullable: true, description: 'The country shown (null: all in scope).' })
  countryCode!: string | null;
  @Field(() => String, { nullable: true }) side!: string | null;
  @Field(() => [String], { description: 'The countries the viewer may filter by.' }) countryCodes!: string[];
  @Field() suppressed!: boolean;
  @Field(() => Int, { nullable: true, description: 'Responses in the group shown (null when too few to show).' })
  responseCount!: number | null;
  @Field(() => Int) invitedCount!: number;
  @Field(() => Float, { nullable: true, description: 'Responses per person asked, 0..1.' }) responseRate!:
    number | null;
  @Field(() => Int) minGroupSize!: number;
  @Field(() => [SurveyQuestionResultModel]) questions!: SurveyQuestionResultModel[];
}

@ObjectType('SurveyComparisonGroup', { description: 'One session, or one module version, of a compared question.' })
export class SurveyComparisonGroupModel {
  @Field({ description: 'The survey id (SESSION) or the module version id (MODULE_VERSION).' }) key!: string;
  @Field({ description: 'The session’s start day, or the version as v1, v2…' }) label!: string;
  @Field(() => ID, { nullable: true }) surveyId!: string | null;
  @Field(() => Date, { nullable: true }) sessionStartsAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The session’s country; null for a joint session or a version.' })
  countryCode!: string | null;
  @Field(() => Int) moduleVersion!: number;
  @Field({ description: 'Too few to show: under 5, or hidden so that none can be derived.' }) suppressed!: boolean;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Float, { nullable: true, description: 'LIKERT_5 and SCALE_0_10, without "not applicable".' })
  mean!: number | null;
  @Field(() => Int, { nullable: true }) notApplicableCount!: number | null;
  @Field(() => [SurveyValueCountModel]) distribution!: SurveyValueCountModel[];
}

@ObjectType('SurveyComparisonTrainer', { description: 'A trainer of compared sessions the viewer may filter by.' })
export class SurveyComparisonTrainerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('SurveyComparison', {
  description: 'The same template question over sessions or module versions, k-anonymous, in the viewer’s scope.',
})
export class SurveyComparisonModel {
  @Field(() => ID) surveyId!: string;
  @Field() questionCode!: string;
  @Field(() => QuestionType) type!: QuestionTypeValue;
  @Field() text!: string;
  @Field() by!: string;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field(() => String, { nullable: true, description: 'The side shown (null: both).' }) side!: string | null;
  @Field(() => String, { nullable: true, description: 'The response language shown (null: all).' })
  responseLanguage!: string | null;
  @Field(() => ID, { nullable: true, description: 'The trainer whose sessions are shown (null: all).' })
  trainerId!: string | null;
  @Field(() => [SurveyComparisonTrainerModel], { description: 'The trainers the viewer may filter by.' })
  trainers!: SurveyComparisonTrainerModel[];
  @Field(() => String, { nullable: true }) moduleCode!: string | null;
  @Field(() => Int) minGroupSize!: number;
  @Field(() => Int, { nullable: true, description: 'All groups together (null when too few to show).' })
  totalCount!: number | null;
  @Field(() => [SurveyComparisonGroupModel]) groups!: SurveyComparisonGroupModel[];
}

@ObjectType('SurveyTemplate')
export class SurveyTemplateModel {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  @Field(() => SurveyKind) kind!: SurveyKindValue;
  @Field(() => SurveyMode) mode!: SurveyModeValue;
  @Field() title!: string;
  @Field(() => Int) questionCount!: number;
  @Field({ description: 'The whole template as JSON (title, intro, thankYou, mode, textsMayBeQuoted, questions).' })
  definition!: string;
  @Field(() => [String]) missingLanguages!: string[];
  @Field() updatedAt!: Date;
}

@ObjectType('SessionFeedbackLink', { description: 'What the feedback QR code at the end of a session opens.' })
export class SessionFeedbackLinkModel {
  @Field(() => ID) surveyId!: string;
  @Field({ description: 'The path of the survey in the app (a tutor signs in first if needed).' }) path!: string;
  @Field(() => Date, { nullable: true }) closesAt!: Date | null;
}
