import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { assertComparable, isTextMap, templateErrors, type TemplateDefinition } from './survey-template-rules';
import { normalQuestion } from './survey-template-document';
import { SurveyTemplatesRepository } from './survey-templates.repository';
import { toSurveyTemplateModel } from './survey.mapper';
import type { SurveyTemplateModel } from './survey.model';
import { SurveysRepository } from './surveys.repository';
import { SurveysService } from './surveys.service';
import { invalid } from '../../common/field-error';

/** ADMIN keeps the templates; surveys made later use the new questions, existing surveys keep theirs. */
@Injectable()
export class SurveyTemplatesService {
  constructor(
    private readonly repo: SurveysRepository,
    private readonly templates: SurveyTemplatesRepository,
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
      const template = await this.templates.byId(m, id, true);
      if (!template) throw Errors.notFound('Survey template');
      const questions = (parsed.questions ?? []).map(normalQuestion);
      await assertComparable(this.templates, m, template, { kind: template.kind, questions });
      Object.assign(template, {
        title: parsed.title,
        intro: isTextMap(parsed.intro) ? parsed.intro : {},
        thankYou: isTextMap(parsed.thankYou) ? parsed.thankYou : {},
        mode: parsed.mode,
        textsMayBeQuoted: parsed.textsMayBeQuoted !== false,
        questions,
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
