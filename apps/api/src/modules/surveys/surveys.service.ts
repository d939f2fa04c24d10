import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import type { SubmitSurveyResponseInput } from './dto/survey.input';
import { canManage, resultsScope } from './survey-access';
import { checkAnswers } from './survey-answers';
import type { SurveyMode } from './survey-definitions';
import { effectiveStatus, toSurveyModel } from './survey.mapper';
import type { MySurveyModel, SessionFeedbackLinkModel, SurveyModel } from './survey.model';
import { SurveysRepository, type SurveyRow } from './surveys.repository';

/** How long a session's feedback stays open once the trainer takes attendance or completes the session. */
export const FEEDBACK_OPEN_DAYS = 14;

const notOpen = () => new DomainError('SURVEY_CLOSED', 'This survey is not open for answers.');

/**
 * Surveys for respondents and their managers. Submitting writes no audit event on purpose: the audit
 * log would keep who answered at what moment, which an ANONYMOUS survey promises nobody keeps.
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly repo: SurveysRepository,
    private readonly audit: AuditService,
  ) {}

  languageOf(viewer: Viewer, asked?: string | null): Promise<string> {
    return asked ? Promise.resolve(asked) : this.repo.language(this.repo.manager, viewer.personId);
  }

  async mySurveys(viewer: Viewer): Promise<MySurveyModel[]> {
    const language = await this.languageOf(viewer);
    const list = await this.repo.mySurveys(this.repo.manager, viewer.personId);
    return list.map((row) => ({
      survey: toSurveyModel(row, language),
      status: row.answered ? 'ANSWERED' : effectiveStatus(row) === 'OPEN' ? 'PENDING' : 'CLOSED',
    }));
  }

  /** A survey with its questions, for someone asked to answer it or who may read its results. */
  async get(viewer: Viewer, id: string, asked?: string | null): Promise<SurveyModel> {
    const m = this.repo.manager;
    const row = await this.repo.survey(m, id);
    if (!row || !(await this.mayRead(m, viewer, row))) throw Errors.notFound('Survey');
    return toSurveyModel(row, await this.languageOf(viewer, asked), await this.repo.questions(m, id));
  }

  private async mayRead(m: EntityManager, viewer: Viewer, row: SurveyRow): Promise<boolean> {
    if (resultsScope(viewer, row) || canManage(viewer, row)) return true;
    return row.status !== 'DRAFT' && (await this.repo.isInvited(m, row.id, viewer.personId));
  }

  /** The surveys whose results the viewer may read (most recent sessions first). */
  async list(viewer: Viewer, sessionId?: string | null): Promise<SurveyModel[]> {
    const scope = Access.countries(viewer, 'survey.resultsInScope');
    const language = await this.languageOf(viewer);
    const list = await this.repo.surveys(this.repo.manager, {
      countries: scope === 'ALL' ? undefined : scope,
      trainerId: viewer.personId,
      sessionId: sessionId ?? undefined,
      limit: 200,
    });
    return list.filter((row) => resultsScope(viewer, row)).map((row) => toSurveyModel(row, language));
  }

  /**
   * The link the session's trainer shows as a QR code at the end of the session: only to a trainer of
   * the session, and only while its survey is open (null otherwise, so the page shows no button).
   */
  async feedbackLink(viewer: Viewer, sessionId: string): Promise<SessionFeedbackLinkModel | null> {
    const row = await this.repo.surveyOfSession(this.repo.manager, sessionId);
    if (!row) return null;
    if (!Access.canThroughSessions(viewer, 'survey.manage', row.trainer_ids)) throw Errors.forbidden();
    if (effectiveStatus(row) !== 'OPEN' || (row.opens_at && row.opens_at.getTime() > Date.now())) return null;
    return { surveyId: row.id, path: `/my-surveys/${row.id}`, closesAt: row.closes_at };
  }

  /**
   * One response per person: the respondent row's primary key decides, so of two submissions at the
   * same moment one waits for the other and is refused. A refused response stores nothing.
   */
  async submit(viewer: Viewer, input: SubmitSurveyResponseInput): Promise<{ id: string }> {
    return this.repo.transaction(async (m) => {
      const row = await this.repo.survey(m, input.surveyId, 'FOR SHARE');
      if (!row) throw Errors.notFound('Survey');
      if (!(await this.repo.isInvited(m, row.id, viewer.personId)))
        throw Errors.forbidden('You are not asked to answer this survey.');
      if (effectiveStatus(row) !== 'OPEN' || (row.opens_at && row.opens_at.getTime() > Date.now())) throw notOpen();
      if (await this.repo.hasAnswered(m, row.id, viewer.personId))
        throw Errors.conflict('You have already answered this survey.');
      const { answers, errors } = checkAnswers(await this.repo.questions(m, row.id), input.answers);
      if (errors.length) throw Errors.validation(errors);
      if (!(await this.repo.markRespondent(m, row.id, viewer.personId)))
        throw Errors.conflict('You have already answered this survey.');
      const language = await this.repo.language(m, viewer.personId);
      return { id: await this.repo.insertResponse(m, row.id, viewer.personId, row.mode, language, answers) };
    });
  }

  private manage<T>(
    viewer: Viewer,
    surveyId: string,
    work: (m: EntityManager, row: SurveyRow) => Promise<T>,
  ): Promise<T> {
    return this.repo.transaction(async (m) => {
      const row = await this.repo.survey(m, surveyId, 'FOR UPDATE');
      if (!row) throw Errors.notFound('Survey');
      if (!canManage(viewer, row)) throw Errors.forbidden();
      return work(m, row);
    });
  }

  /** The mode is fixed by the first response (the row lock orders this against submissions). */
  async setMode(viewer: Viewer, surveyId: string, mode: SurveyMode, requestId: string): Promise<SurveyModel> {
    await this.manage(viewer, surveyId, async (m, row) => {
      if (row.mode === mode) return;
      if (row.has_responses) throw Errors.conflict('The mode cannot change once someone has answered.');
      await this.repo.setMode(m, surveyId, mode);
      await this.audit.record(m, {
        actorPersonId: viewer.personId,
        operation: 'setSurveyMode',
        targetType: 'Survey',
        targetId: surveyId,
        summary: `Mode ${row.mode} → ${mode}`,
        requestId,
      });
    });
    return this.get(viewer, surveyId);
  }

  async setStatus(
    viewer: Viewer,
    surveyId: string,
    status: 'OPEN' | 'CLOSED',
    requestId: string,
  ): Promise<SurveyModel> {
    await this.manage(viewer, surveyId, async (m, row) => {
      if (status === 'OPEN' && effectiveStatus(row) === 'CLOSED')
        throw Errors.conflict('A closed survey stays closed.');
      if (effectiveStatus(row) === status) return;
      const closesAt = new Date(Date.now() + FEEDBACK_OPEN_DAYS * 86_400_000);
      await this.repo.setStatus(m, surveyId, status, status === 'OPEN' ? closesAt : null);
      await this.audit.record(m, {
        actorPersonId: viewer.personId,
        operation: status === 'OPEN' ? 'openSurvey' : 'closeSurvey',
        targetType: 'Survey',
        targetId: surveyId,
        summary: `${status === 'OPEN' ? 'Opened' : 'Closed'} ${row.title['en'] ?? 'a survey'}${row.module_code ? ` (${row.module_code})` : ''}`,
        requestId,
      });
    });
    return this.get(viewer, surveyId);
  }
}
