import { Injectable } from '@nestjs/common';
import type { FieldError } from '@tandem/shared-domain';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import {
  LANGUAGES,
  QUESTION_TYPES,
  SURVEY_MODES,
  type QuestionDefinition,
  type SurveyMode,
  type SurveyText,
} from './survey-definitions';
import { toSurveyTemplateModel } from './survey.mapper';
import type { SurveyTemplateModel } from './survey.model';
import { SurveysRepository } from './surveys.repository';
import { SurveysService } from './surveys.service';
import { invalid } from '../../common/field-error';

interface TemplateDefinition {
  title: SurveyText;
  intro: SurveyText;
  thankYou: SurveyText;
  mode: SurveyMode;
  textsMayBeQuoted: boolean;
  questions: QuestionDefinition[];
}

const isText = (v: unknown): v is SurveyText =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.entries(v).every(
    ([k, t]) => (LANGUAGES as readonly string[]).includes(k) && typeof t === 'string' && t.length <= 2000,
  );

/** The reasons a template definition is not valid (empty when it is). */
export function templateErrors(d: Partial<TemplateDefinition>): FieldError[] {
  const errors: FieldError[] = [];
  const text = (v: unknown, field: string) => {
    if (!isText(v)) errors.push(invalid(field, 'languageMap'));
    else if (!v['en']) errors.push(invalid(`${field}.en`, 'required'));
  };
  text(d.title, 'title');
  if (!(SURVEY_MODES as readonly string[]).includes(d.mode as string)) errors.push(invalid('mode', 'mode'));
  if (!Array.isArray(d.questions) || !d.questions.length || d.questions.length > 100)
    return [...errors, invalid('questions', 'questionCount')];
  const seen = new Map<string, QuestionDefinition>();
  d.questions.forEach((q, i) => {
    const f = `questions.${i}`;
    if (!q || typeof q.code !== 'string' || !/^[A-Za-z0-9_]{1,20}$/.test(q.code) || seen.has(q.code))
      errors.push(invalid(`${f}.code`, 'uniqueCode'));
    if (!(QUESTION_TYPES as readonly string[]).includes(q?.type)) errors.push(invalid(`${f}.type`, 'type'));
    text(q?.text, `${f}.text`);
    if ((q?.type === 'SINGLE' || q?.type === 'MULTI') && (!Array.isArray(q.options) || q.options.length < 2))
      errors.push(invalid(`${f}.options`, 'twoOptions'));
    (q?.options ?? []).forEach((o, j) => text(o?.text, `${f}.options.${j}.text`));
    if (q?.showIf) {
      const earlier = seen.get(q.showIf.questionCode);
      if (!earlier || earlier.showIf) errors.push(invalid(`${f}.showIf`, 'conditionTarget'));
    }
    if (q?.code) seen.set(q.code, q);
  });
  return errors;
}

/** ADMIN keeps the templates; surveys made later use the new questions, existing surveys keep theirs. */
@Injectable()
export class SurveyTemplatesService {
  constructor(
    private readonly repo: SurveysRepository,
    private readonly surveys: SurveysService,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: Viewer): Promise<SurveyTemplateModel[]> {
    const language = await this.surveys.languageOf(viewer);
    return (await this.repo.templates(this.repo.manager)).map((t) => toSurveyTemplateModel(t, language));
  }

  async update(viewer: Viewer, id: string, definition: string, requestId: string): Promise<SurveyTemplateModel> {
    let parsed: Partial<TemplateDefinition>;
    try {
      parsed = JSON.parse(definition) as Partial<TemplateDefinition>;
    } catch {
      throw Errors.validation([invalid('definition', 'notJson')]);
    }
    const errors = templateErrors(parsed);
    if (errors.length) throw Errors.validation(errors);
    const saved = await this.repo.transaction(async (m) => {
      const template = await this.repo.template(m, id);
      if (!template) throw Errors.notFound('Survey template');
      Object.assign(template, {
        title: parsed.title,
        intro: isText(parsed.intro) ? parsed.intro : {},
        thankYou: isText(parsed.thankYou) ? parsed.thankYou : {},
        mode: parsed.mode,
        textsMayBeQuoted: parsed.textsMayBeQuoted !== false,
        questions: parsed.questions,
      });
      await this.repo.saveTemplate(m, template);
      await this.audit.record(m, {
        actorPersonId: viewer.personId,
        operation: 'updateSurveyTemplate',
        targetType: 'SurveyTemplate',
        targetId: id,
        summary: `Saved the template ${template.key} with ${template.questions.length} questions`,
        requestId,
      });
      return template;
    });
    return toSurveyTemplateModel(saved, await this.surveys.languageOf(viewer));
  }
}
