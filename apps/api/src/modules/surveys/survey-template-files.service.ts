import { Injectable } from '@nestjs/common';
import { LOCALES, type FieldError } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { DomainError, Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { TranslationsFileError } from '../../common/translations-sheet';
import type { SurveyText } from './survey-definitions';
import { isUnchanged, templateDiff, type TemplateDiff } from './survey-template-diff';
import {
  parseTemplateDocument,
  templateDocument,
  translatableTexts,
  withTexts,
  type TemplateDocument,
} from './survey-template-document';
import { readTemplateTranslations } from './survey-template-files';
import { assertComparable, TEMPLATE_TEXT_MAX } from './survey-template-rules';
import type { SurveyTemplate } from './survey-template.entity';
import { SurveyTemplatesRepository } from './survey-templates.repository';

const MAX_TEXTS_SHOWN = 500;
const MAX_ERRORS_SHOWN = 500;

export interface TemplateImportReport extends Omit<TemplateDiff, 'texts'> {
  dryRun: boolean;
  format: 'JSON' | 'XLSX';
  /** CREATE: a new template (its key is unknown); UPDATE; UNCHANGED: the file says what the template has. */
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  /** Null in a dry run that would create the template. */
  templateId: string | null;
  templateKey: string;
  textChangeCount: number;
  /** The first 500 text changes, in the order of the template. */
  texts: TemplateDiff['texts'];
  /** Row errors of a spreadsheet (`rows.<row>.<column>`): a dry run lists them, an apply refuses the file. */
  errorCount: number;
  errors: FieldError[];
}

interface Plan {
  before: SurveyTemplate | null;
  after: TemplateDocument;
  errors: FieldError[];
}

const fileRefused = (rule: Parameters<typeof invalid>[1], params?: Record<string, string | number>) =>
  Errors.validation([invalid('file', rule, params)], 'The file is not a survey template file; nothing was imported.');

/**
 * Survey templates as files. Export: the whole definition as a JSON document (TemplateDocument) or a
 * translators' spreadsheet. Import: a JSON document creates a template or replaces the one with its key;
 * a translators' spreadsheet merges texts into one template. A dry run plans and reports and writes
 * nothing; an apply plans again under the template's row lock (two imports at once apply one after
 * the other, each over what the other wrote) and writes in one transaction.
 */
@Injectable()
export class SurveyTemplateFilesService {
  constructor(
    private readonly repo: SurveyTemplatesRepository,
    private readonly audit: AuditService,
  ) {}

  /** The template as a document (what both exports write). */
  async document(id: string): Promise<TemplateDocument> {
    const template = await this.repo.byId(this.repo.manager, id);
    if (!template) throw Errors.notFound('Survey template');
    return templateDocument(template);
  }

  async importJson(viewer: Viewer, bytes: Buffer, dryRun: boolean, requestId: string): Promise<TemplateImportReport> {
    const { document, errors } = parseTemplateDocument(bytes.toString('utf8'));
    if (!document) throw Errors.validation(errors, 'The template file is not valid; nothing was imported.');
    return this.run(viewer, 'JSON', dryRun, requestId, async (m, lock) => ({
      before: await this.repo.byKey(m, document.key, lock),
      after: document,
      errors: [],
    }));
  }

  async importXlsx(
    viewer: Viewer,
    templateId: string,
    bytes: Buffer,
    dryRun: boolean,
    requestId: string,
  ): Promise<TemplateImportReport> {
    let sheet: Awaited<ReturnType<typeof readTemplateTranslations>>;
    try {
      sheet = await readTemplateTranslations(bytes);
    } catch (e) {
      if (e instanceof TranslationsFileError) throw fileRefused(e.rule, { columns: ['key', ...LOCALES].join(', ') });
      throw e;
    }
    return this.run(viewer, 'XLSX', dryRun, requestId, async (m, lock) => {
      const before = await this.repo.byId(m, templateId, lock);
      if (!before) throw Errors.notFound('Survey template');
      if (sheet.templateKey && sheet.templateKey !== before.key)
        throw fileRefused('otherTemplate', { key: sheet.templateKey });
      const current = templateDocument(before);
      const known = translatableTexts(current);
      const errors: FieldError[] = [...sheet.errors];
      const changes = new Map<string, SurveyText>();
      const firstRow = new Map<string, number>();
      for (const r of sheet.rows) {
        const key = r.keys['key'];
        const at = (column: string) => `rows.${r.row}.${column}`;
        if (!key) errors.push(invalid(at('key'), 'required'));
        else if (!known.has(key)) errors.push(invalid(at('key'), 'notTemplateText', { key }));
        else if (firstRow.has(key)) errors.push(invalid(at('key'), 'keyTwice'));
        else {
          firstRow.set(key, r.row);
          if (!r.texts['en']) errors.push(invalid(at('en'), 'englishRequired'));
          for (const [language, text] of Object.entries(r.texts))
            if (text.length > TEMPLATE_TEXT_MAX)
              errors.push(invalid(at(language), 'maxLength', { max: TEMPLATE_TEXT_MAX }));
          changes.set(key, r.texts);
        }
      }
      return { before, after: withTexts(current, changes), errors };
    });
  }

  private async run(
    viewer: Viewer,
    format: 'JSON' | 'XLSX',
    dryRun: boolean,
    requestId: string,
    plan: (m: EntityManager, lock: boolean) => Promise<Plan>,
  ): Promise<TemplateImportReport> {
    // A dry run reads without locking and writes nothing; the apply is one transaction.
    if (dryRun)
      return this.report(await this.check(this.repo.manager, await plan(this.repo.manager, false)), format, true);
    try {
      return await this.repo.transaction(async (m) => {
        const planned = await this.check(m, await plan(m, true));
        const report = this.report(planned, format, false);
        if (planned.errors.length)
          throw Errors.validation(planned.errors, 'Some rows of the file are not valid; nothing was imported.');
        if (report.action === 'UNCHANGED') return report;
        report.templateId = await this.write(m, viewer, planned, format, report, requestId);
        return report;
      });
    } catch (e) {
      // Two imports creating the same new key at once: the second finds the first's row.
      if (pgErrorCode(e) === PG_UNIQUE_VIOLATION)
        throw new DomainError('STALE_WRITE', 'Someone created this template at the same moment: check again.');
      throw e;
    }
  }

  /** Refuses a change that surveys already answered could not be compared across (TEMPLATE_NOT_COMPARABLE). */
  private async check(m: EntityManager, plan: Plan): Promise<Plan> {
    if (plan.before) await assertComparable(this.repo, m, plan.before, plan.after);
    return plan;
  }

  private report(plan: Plan, format: 'JSON' | 'XLSX', dryRun: boolean): TemplateImportReport {
    const diff = templateDiff(plan.before ? templateDocument(plan.before) : null, plan.after);
    return {
      dryRun,
      format,
      action: !plan.before ? 'CREATE' : isUnchanged(diff) ? 'UNCHANGED' : 'UPDATE',
      templateId: plan.before?.id ?? null,
      templateKey: plan.after.key,
      ...diff,
      textChangeCount: diff.texts.length,
      texts: diff.texts.slice(0, MAX_TEXTS_SHOWN),
      errorCount: plan.errors.length,
      errors: plan.errors.slice(0, MAX_ERRORS_SHOWN),
    };
  }

  private async write(
    m: EntityManager,
    viewer: Viewer,
    { before, after }: Plan,
    format: 'JSON' | 'XLSX',
    report: TemplateImportReport,
    requestId: string,
  ): Promise<string> {
    const id = await this.repo.save(m, {
      ...(before && { id: before.id }),
      key: after.key,
      kind: after.kind,
      mode: after.mode,
      title: after.title,
      intro: after.intro,
      thankYou: after.thankYou,
      textsMayBeQuoted: after.textsMayBeQuoted,
      questions: after.questions,
    });
    const q = report.questions;
    await this.audit.record(m, {
      actorPersonId: viewer.personId,
      operation: format === 'JSON' ? 'importSurveyTemplate' : 'importSurveyTemplateTranslations',
      targetType: 'SurveyTemplate',
      targetId: id,
      summary:
        format === 'JSON'
          ? `${before ? 'Replaced' : 'Created'} the template ${after.key} from a file: ${report.textChangeCount} texts, questions +${q.added.length} −${q.removed.length} ~${q.changed.length}`
          : `Imported ${report.textChangeCount} texts into the template ${after.key} (${report.languages
              .filter((l) => l.added + l.changed)
              .map((l) => `${l.language} ${l.added + l.changed}`)
              .join(', ')})`,
      requestId,
    });
    return id;
  }
}
