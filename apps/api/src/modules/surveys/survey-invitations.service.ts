import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { FieldError } from '@tandem/shared-domain';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import { LoginThrottleService } from '../../auth/login-throttle.service';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { APP_CONFIG, publicBaseUrl, type AppConfig } from '../../config/app-config';
import { MailService } from '../mail/mail.service';
import type { InviteSurveyStakeholdersInput, SubmitSurveyByLinkInput } from './dto/survey-invitation.input';
import { checkAnswers } from './survey-answers';
import { INVITATIONS_PER_REQUEST, textIn } from './survey-definitions';
import type { StakeholderInvitationReceiptModel, SurveyInvitationCountModel } from './survey-invitation.model';
import { SurveyInvitationsRepository, type PendingInvitation } from './survey-invitations.repository';
import { effectiveStatus, toLinkedSurveyModel } from './survey.mapper';
import type { LinkedSurveyModel } from './survey-invitation.model';
import type { SurveyResponseReceiptModel } from './survey.model';
import { SurveysRepository, type SurveyRow } from './surveys.repository';

/** Links without a close date of their survey work this long. */
export const STAKEHOLDER_LINK_DAYS = 30;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');
/** One answer for an unknown, used or expired link, or one whose survey is not open: it tells nothing more. */
const linkInvalid = () => new DomainError('SURVEY_LINK_INVALID', 'This link is not valid any more.');
const isOpen = (row: SurveyRow) =>
  effectiveStatus(row) === 'OPEN' && !(row.opens_at && row.opens_at.getTime() > Date.now());

/**
 * Stakeholders of the needs analysis answer without an account through a personal one-time link. The
 * coordinator of a country (ADMIN: any) e-mails the links and sees how many answered, never who answered
 * what. Using a link claims its invitation row (the row lock decides between two submissions at once);
 * the response keeps only the invitation's country and language, and nothing of the link. Public uses
 * are throttled per address like the invitation and reset tokens (a bad link counts against it).
 */
@Injectable()
export class SurveyInvitationsService {
  constructor(
    private readonly repo: SurveyInvitationsRepository,
    private readonly surveys: SurveysRepository,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async stakeholderSurvey(m: EntityManager, surveyId: string): Promise<SurveyRow> {
    const row = await this.surveys.survey(m, surveyId, 'FOR SHARE');
    if (!row) throw Errors.notFound('Survey');
    if (row.kind !== 'NEEDS_ANALYSIS')
      throw Errors.validation([invalid('input.surveyId', 'invalid')], 'Only the needs analysis asks stakeholders.');
    return row;
  }

  async invite(
    viewer: Viewer,
    input: InviteSurveyStakeholdersInput,
    requestId: string,
  ): Promise<StakeholderInvitationReceiptModel> {
    Access.assert(viewer, 'survey.inviteStakeholders', { countryCode: input.countryCode });
    const emails = input.emails.map((e) => e.trim().toLowerCase());
    const { ids, invitedCount } = await this.repo.transaction(async (m) => {
      const row = await this.stakeholderSurvey(m, input.surveyId);
      if (!isOpen(row)) throw new DomainError('SURVEY_CLOSED', 'Links are sent for an open survey only.');
      const errors = await this.check(m, row.id, emails);
      const closes = row.closes_at ?? new Date(Date.now() + STAKEHOLDER_LINK_DAYS * 86_400_000);
      if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
        errors.push(invalid('input.expiresAt', 'invalid'));
      if (errors.length) throw Errors.validation(errors);
      if (input.dryRun) return { ids: [], invitedCount: 0 };
      const expiresAt = input.expiresAt && input.expiresAt < closes ? input.expiresAt : closes;
      const tokens = emails.map(() => newToken());
      const stored = await this.repo.insert(
        m,
        {
          surveyId: row.id,
          countryCode: input.countryCode,
          group: input.stakeholderGroup ?? null,
          language: input.language,
          expiresAt,
          invitedById: viewer.personId,
        },
        emails.map((email, i) => ({ email, tokenHash: hashOf(tokens[i]) })),
      );
      if (stored.length < emails.length) {
        // Invited by someone else at the same moment: refuse the whole list, as for any duplicate.
        const got = new Set(stored);
        throw Errors.validation(
          emails.flatMap((e, i) => (got.has(e) ? [] : [invalid(`input.emails.${i}`, 'alreadyInvited')])),
        );
      }
      const ids = await this.queue(
        m,
        row,
        emails.map((email, i) => ({ email, token: tokens[i], language: input.language, expiresAt })),
      );
      await this.audit.record(m, {
        actorPersonId: viewer.personId,
        operation: 'inviteSurveyStakeholders',
        targetType: 'Survey',
        targetId: row.id,
        summary: `Sent ${emails.length} stakeholder link(s) for ${input.countryCode}${input.stakeholderGroup ? ` (${input.stakeholderGroup})` : ''}`,
        requestId,
      });
      return { ids, invitedCount: stored.length };
    });
    await this.mail.dispatch(ids);
    return { checkedCount: emails.length, invitedCount };
  }

  /** Per row: a malformed address, one given twice, one already invited; a list over the cap as a whole. */
  private async check(m: EntityManager, surveyId: string, emails: readonly string[]): Promise<FieldError[]> {
    if (!emails.length) return [invalid('input.emails', 'minItems', { min: 1 })];
    if (emails.length > INVITATIONS_PER_REQUEST)
      return [invalid('input.emails', 'maxItems', { max: INVITATIONS_PER_REQUEST })];
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    const already = new Set(await this.repo.invited(m, surveyId, emails));
    emails.forEach((email, i) => {
      const field = `input.emails.${i}`;
      if (!isEmail(email)) errors.push(invalid(field, 'email'));
      else if (seen.has(email)) errors.push(invalid(field, 'duplicate'));
      else if (already.has(email)) errors.push(invalid(field, 'alreadyInvited'));
      seen.add(email);
    });
    return errors;
  }

  private queue(
    m: EntityManager,
    row: SurveyRow,
    list: readonly { email: string; token: string; language: string; expiresAt: Date }[],
  ): Promise<string[]> {
    const base = publicBaseUrl(this.config);
    return this.mail.queueMany(
      m,
      list.map((i) => ({
        to: i.email,
        recipientPersonId: null,
        language: i.language,
        kind: 'SURVEY_INVITATION' as const,
        params: {
          surveyTitle: textIn(row.title, i.language).value,
          link: `${base}/survey-link/${i.token}`,
          validUntil: i.expiresAt.toISOString().slice(0, 10),
        },
      })),
    );
  }

  /** Invited and answered per country and group, in the viewer's countries. */
  async counts(viewer: Viewer, surveyId: string): Promise<SurveyInvitationCountModel[]> {
    const scope = Access.countries(viewer, 'survey.inviteStakeholders');
    const m = this.repo.manager;
    if (!(await this.surveys.survey(m, surveyId))) throw Errors.notFound('Survey');
    const list = await this.repo.counts(m, surveyId, scope === 'ALL' ? undefined : scope);
    return list.map((r) => ({
      countryCode: r.country_code,
      stakeholderGroup: r.stakeholder_group,
      invitedCount: r.invited,
      answeredCount: r.answered,
    }));
  }

  /** New links, e-mailed again, to the stakeholders of a country who have not answered; answers how many. */
  async remind(viewer: Viewer, surveyId: string, countryCode: string, requestId: string): Promise<number> {
    Access.assert(viewer, 'survey.inviteStakeholders', { countryCode });
    const ids = await this.repo.transaction(async (m) => {
      const row = await this.stakeholderSurvey(m, surveyId);
      if (!isOpen(row)) throw new DomainError('SURVEY_CLOSED', 'Reminders are sent for an open survey only.');
      const pending: PendingInvitation[] = await this.repo.pending(m, surveyId, [countryCode]);
      const tokens = pending.map(() => newToken());
      await this.repo.replaceTokens(
        m,
        pending.map((p) => p.id),
        tokens.map(hashOf),
      );
      const ids = await this.queue(
        m,
        row,
        pending.map((p, i) => ({ email: p.email, token: tokens[i], language: p.language, expiresAt: p.expires_at })),
      );
      await this.audit.record(m, {
        actorPersonId: viewer.personId,
        operation: 'remindSurveyStakeholders',
        targetType: 'Survey',
        targetId: surveyId,
        summary: `Sent ${pending.length} stakeholder reminder(s) for ${countryCode}`,
        requestId,
      });
      return ids;
    });
    await this.mail.dispatch(ids);
    return ids.length;
  }

  /** The survey a link opens, in the invitation's language (or the one asked). */
  async byLink(token: string, ip: string, asked?: string | null): Promise<LinkedSurveyModel> {
    const m = this.repo.manager;
    const opened: { row?: SurveyRow; language?: string } = {};
    await this.throttle.checkToken(ip, async () => {
      const found = await this.repo.usable(m, hashOf(token));
      const row = found && (await this.surveys.survey(m, found.survey_id));
      if (!found || !row || !isOpen(row)) return linkInvalid();
      Object.assign(opened, { row, language: found.language });
      return null;
    });
    const row = opened.row as SurveyRow;
    return toLinkedSurveyModel(row, asked ?? opened.language ?? 'en', await this.surveys.questions(m, row.id));
  }

  /** Submits the response of a link and uses the link up: all or nothing, once. */
  async submitByLink(input: SubmitSurveyByLinkInput, ip: string): Promise<SurveyResponseReceiptModel> {
    const hash = hashOf(input.token);
    await this.throttle.checkToken(ip, async () =>
      (await this.repo.usable(this.repo.manager, hash)) ? null : linkInvalid(),
    );
    return this.repo.transaction(async (m) => {
      const claimed = await this.repo.claim(m, hash);
      if (!claimed) throw linkInvalid();
      const row = await this.surveys.survey(m, claimed.survey_id, 'FOR SHARE');
      if (!row || !isOpen(row)) throw linkInvalid();
      const { answers, errors } = checkAnswers(await this.surveys.questions(m, row.id), input.answers);
      if (errors.length) throw Errors.validation(errors);
      const id = await this.surveys.insertStakeholderResponse(
        m,
        row.id,
        claimed.country_code,
        claimed.language,
        answers,
      );
      return { id };
    });
  }
}
