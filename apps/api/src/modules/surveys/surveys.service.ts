import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import type { SaveSurveyDraftInput, SubmitSurveyResponseInput } from './dto/survey.input';
import { canManage, resultsScope } from './survey-access';
import { checkAnswers } from './survey-answers';
import type { SurveyMode } from './survey-definitions';
import { effectiveStatus, toSurveyModel } from './survey.mapper';
import type { MySurveyModel, SessionFeedbackLinkModel, SurveyDraftModel, SurveyModel } from './survey.model';
import { SurveysRepository, type SurveyRow } from './surveys.repository';

/** How long a session's feedback stays open once the trainer takes attendance or completes the session. */
export const FEEDBACK_OPEN_DAYS = 14;

const notOpen = () => new DomainError('SURVEY_CLOSED', 'This survey is not open for answers.');
const answeredAlready = () => Errors.conflict('You have already answered this survey.');
const final = () => new DomainError('SURVEY_RESPONSE_FINAL', 'A submitted response to this survey cannot be changed.');

/** A submitted response may be changed: a linked (not ANONYMOUS) survey that allows it, still open. */
const editable = (row: SurveyRow) => row.mode !== 'ANONYMOUS' && row.allow_edit_until_close;

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
    return toSurveyModel(row, await this.languageOf(viewer, asked), await this.repo.questions(m, id), viewer.personId);
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

  /** The survey locked for answering: the viewer is asked, and it is open. */
  private async answerable(m: EntityManager, viewer: Viewer, surveyId: string): Promise<SurveyRow> {
    const row = await this.repo.survey(m, surveyId, 'FOR SHARE');
    if (!row) throw Errors.notFound('Survey');
    if (!(await this.repo.isInvited(m, row.id, viewer.personId)))
      throw Errors.forbidden('You are not asked to answer this survey.');
    if (effectiveStatus(row) !== 'OPEN' || (row.opens_at && row.opens_at.getTime() > Date.now())) throw notOpen();
    await this.repo.lockRespondent(m, row.id, viewer.personId);
    return row;
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
   * One response per person: the respondent row's primary key decides, and the person's lock orders
   * their submissions and draft saves, so of two submissions at the same moment one waits for the other
   * and is refused. The draft is deleted in the same transaction (the response keeps no trace of it).
   * A refused response stores nothing.
   */
  async submit(viewer: Viewer, input: SubmitSurveyResponseInput): Promise<{ id: string }> {
    return this.repo.transaction(async (m) => {
      const row = await this.answerable(m, viewer, input.surveyId);
      if (await this.repo.hasAnswered(m, row.id, viewer.personId)) throw answeredAlready();
      const { answers, errors } = checkAnswers(await this.repo.questions(m, row.id), input.answers);
      if (errors.length) throw Errors.validation(errors);
      if (!(await this.repo.markRespondent(m, row.id, viewer.personId))) throw answeredAlready();
      await this.repo.deleteDraft(m, row.id, viewer.personId);
      const language = await this.repo.language(m, viewer.personId);
      return { id: await this.repo.insertResponse(m, row.id, viewer.personId, row.mode, language, answers) };
    });
  }

  /**
   * Saves the answers given so far (a draft, the person's own, replaced each time): checked as a
   * response is, except that required questions may still be open. Only before submitting.
   */
  async saveDraft(viewer: Viewer, input: SaveSurveyDraftInput): Promise<SurveyDraftModel> {
    return this.repo.transaction(async (m) => {
      const row = await this.answerable(m, viewer, input.surveyId);
      if (await this.repo.hasAnswered(m, row.id, viewer.personId)) throw answeredAlready();
      const { answers, errors } = checkAnswers(await this.repo.questions(m, row.id), input.answers, {
        partial: true,
      });
      if (errors.length) throw Errors.validation(errors);
      await this.repo.saveDraft(m, row.id, viewer.personId, answers);
      return { surveyId: row.id, answers, submitted: false, editable: true };
    });
  }

  /**
   * What the viewer has answered so far: the draft before submitting; after submitting, the response
   * itself only where it is linked to them and may still be changed (never in an ANONYMOUS survey).
   */
  async myDraft(viewer: Viewer, surveyId: string): Promise<SurveyDraftModel> {
    const m = this.repo.manager;
    const row = await this.repo.survey(m, surveyId);
    if (!row || !(await this.mayRead(m, viewer, row))) throw Errors.notFound('Survey');
    if (row.status === 'DRAFT' || !(await this.repo.isInvited(m, row.id, viewer.personId)))
      return { surveyId, answers: [], submitted: false, editable: false };
    const open = effectiveStatus(row) === 'OPEN';
    if (!(await this.repo.hasAnswered(m, row.id, viewer.personId)))
      return {
        surveyId,
        answers: (await this.repo.draft(m, row.id, viewer.personId)) ?? [],
        submitted: false,
        editable: open,
      };
    const responseId = editable(row) && open ? await this.repo.linkedResponse(m, row.id, viewer.personId) : null;
    return {
      surveyId,
      answers: responseId ? await this.repo.responseAnswers(m, responseId) : [],
      submitted: true,
      editable: !!responseId,
    };
  }

  /** Changes a submitted response, where the survey allows it until it closes (SURVEY_RESPONSE_FINAL otherwise). */
  async updateResponse(viewer: Viewer, input: SubmitSurveyResponseInput): Promise<{ id: string }> {
    return this.repo.transaction(async (m) => {
      const row = await this.answerable(m, viewer, input.surveyId);
      if (!(await this.repo.hasAnswered(m, row.id, viewer.personId)))
        throw Errors.conflict('There is no response of yours to change: submit one first.');
      const responseId = editable(row) ? await this.repo.linkedResponse(m, row.id, viewer.personId) : null;
      if (!responseId) throw final();
      const { answers, errors } = checkAnswers(await this.repo.questions(m, row.id), input.answers);
      if (errors.length) throw Errors.validation(errors);
      await this.repo.replaceAnswers(m, responseId, answers);
      return { id: responseId };
    });
  }

  /** Lets respondents change their response until the survey closes; refused for ANONYMOUS surveys. */
  async setEditing(viewer: Viewer, surveyId: string, allow: boolean, requestId: string): Promise<SurveyModel> {
    await this.manage(viewer, surveyId, async (m, row) => {
      if (row.allow_edit_until_close === allow) return;
      if (allow && row.mode === 'ANONYMOUS')
        throw Errors.validation([invalid('input.allowEditUntilClose', 'anonymousNoEditing')]);
      await this.repo.setAllowEdit(m, surveyId, allow);
      await this.audit.record(m, {
        actorPersonId: viewer.personId,
        operation: 'setSurveyEditing',
        targetType: 'Survey',
        targetId: surveyId,
        summary: allow ? 'Responses may be changed until the survey closes' : 'Submitted responses are final',
        requestId,
      });
    });
    return this.get(viewer, surveyId);
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
