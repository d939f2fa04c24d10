import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FieldError } from '@tandem/shared-domain';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import type {
  AddTrainerQuestionInput,
  SurveyTextInput,
  TrainerQuestionContentInput,
  UpdateTrainerQuestionInput,
} from './dto/trainer-question.input';
import type { QuestionOption, SurveyText } from './survey-definitions';
import { effectiveStatus } from './survey.mapper';
import type { SurveyModel } from './survey.model';
import { SurveysRepository, type SurveyRow, type TrainerQuestionValues } from './surveys.repository';
import { SurveysService } from './surveys.service';

/** A trainer adds at most this many questions of their own to their session's feedback. */
export const MAX_TRAINER_QUESTIONS = 3;
const CODES = ['T1', 'T2', 'T3'] as const;

/** Texts per language with English required (the fallback), or the field errors. */
function textOf(list: readonly SurveyTextInput[], field: string, errors: FieldError[]): SurveyText {
  const text: SurveyText = {};
  list.forEach((t, i) => {
    if (t.language in text) errors.push(invalid(`${field}.${i}.language`, 'keyTwice'));
    const value = t.text.trim();
    if (value) text[t.language] = value;
  });
  if (!text['en']) errors.push(invalid(field, 'englishNeeded'));
  return text;
}

/** The question as stored, or VALIDATION_FAILED with every failing field (nothing is stored). */
export function trainerQuestionValues(input: TrainerQuestionContentInput): TrainerQuestionValues {
  const errors: FieldError[] = [];
  const text = textOf(input.text, 'input.text', errors);
  const choice = input.type === 'SINGLE' || input.type === 'MULTI';
  const options: QuestionOption[] = choice
    ? input.options.map((o, i) => ({ code: `O${i + 1}`, text: textOf(o.text, `input.options.${i}.text`, errors) }))
    : [];
  if (choice && options.length < 2) errors.push(invalid('input.options', 'twoOptions'));
  if (errors.length) throw Errors.validation(errors);
  return {
    type: input.type,
    text,
    required: input.required,
    options,
    notApplicable: input.type === 'LIKERT_5' && input.notApplicable,
    long: input.type === 'TEXT' && input.long,
  };
}

/**
 * A trainer's own questions in their session's FEEDBACK survey: up to three, added, changed and removed
 * by the session's trainers until the first response (the survey's row lock orders this against
 * submissions and against each other, so the limit holds also for additions at the same moment).
 * They are marked as the trainer's in the results and never compared across sessions.
 */
@Injectable()
export class SurveyTrainerQuestionsService {
  constructor(
    private readonly repo: SurveysRepository,
    private readonly audit: AuditService,
    private readonly surveys: SurveysService,
  ) {}

  private change<T>(
    viewer: Viewer,
    surveyId: string,
    work: (m: EntityManager, row: SurveyRow) => Promise<T>,
  ): Promise<T> {
    return this.repo.transaction(async (m) => {
      const row = await this.repo.survey(m, surveyId, 'FOR UPDATE');
      if (!row) throw Errors.notFound('Survey');
      if (row.kind !== 'FEEDBACK' || !row.trainer_ids.includes(viewer.personId))
        throw Errors.forbidden('Only the trainers of the session add questions of their own to its feedback.');
      if (effectiveStatus(row) === 'CLOSED')
        throw new DomainError('SURVEY_CLOSED', 'This survey is closed: its questions no longer change.');
      if (row.has_responses)
        throw Errors.conflict('Someone has answered already: the questions of this survey no longer change.');
      return work(m, row);
    });
  }

  private async surveyOf(questionId: string): Promise<string> {
    const q = await this.repo.trainerQuestion(this.repo.manager, questionId);
    if (!q) throw Errors.notFound('Question');
    return q.survey_id;
  }

  async add(viewer: Viewer, input: AddTrainerQuestionInput, requestId: string): Promise<SurveyModel> {
    await this.change(viewer, input.surveyId, async (m, row) => {
      const values = trainerQuestionValues(input);
      const taken = await this.repo.trainerQuestionCodes(m, row.id);
      const code = CODES.find((c) => !taken.includes(c));
      if (taken.length >= MAX_TRAINER_QUESTIONS || !code)
        throw new DomainError(
          'TRAINER_QUESTION_LIMIT',
          `A trainer adds at most ${MAX_TRAINER_QUESTIONS} questions of their own.`,
          { max: MAX_TRAINER_QUESTIONS },
        );
      const id = await this.repo.addTrainerQuestion(m, row.id, code, values);
      await this.record(m, viewer, 'addSurveyTrainerQuestion', id, `Added ${code}: ${values.text['en']}`, requestId);
    });
    return this.surveys.get(viewer, input.surveyId);
  }

  async update(viewer: Viewer, input: UpdateTrainerQuestionInput, requestId: string): Promise<SurveyModel> {
    const surveyId = await this.surveyOf(input.questionId);
    await this.change(viewer, surveyId, async (m) => {
      const values = trainerQuestionValues(input);
      if (!(await this.repo.updateTrainerQuestion(m, input.questionId, values))) throw Errors.notFound('Question');
      await this.record(
        m,
        viewer,
        'updateSurveyTrainerQuestion',
        input.questionId,
        `Changed: ${values.text['en']}`,
        requestId,
      );
    });
    return this.surveys.get(viewer, surveyId);
  }

  async remove(viewer: Viewer, questionId: string, requestId: string): Promise<SurveyModel> {
    const surveyId = await this.surveyOf(questionId);
    await this.change(viewer, surveyId, async (m) => {
      if (!(await this.repo.removeTrainerQuestion(m, questionId))) throw Errors.notFound('Question');
      await this.record(
        m,
        viewer,
        'removeSurveyTrainerQuestion',
        questionId,
        'Removed a question of one’s own',
        requestId,
      );
    });
    return this.surveys.get(viewer, surveyId);
  }

  private record(
    m: EntityManager,
    viewer: Viewer,
    operation: 'addSurveyTrainerQuestion' | 'updateSurveyTrainerQuestion' | 'removeSurveyTrainerQuestion',
    questionId: string,
    summary: string,
    requestId: string,
  ): Promise<void> {
    return this.audit.record(m, {
      actorPersonId: viewer.personId,
      operation,
      targetType: 'SurveyQuestion',
      targetId: questionId,
      summary: summary.slice(0, 200),
      requestId,
    });
  }
}
