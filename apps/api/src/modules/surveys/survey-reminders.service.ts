import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { APP_CONFIG, publicBaseUrl, type AppConfig } from '../../config/app-config';
import { JobQueue } from '../../jobs/job-queue.service';
import { MailService } from '../mail/mail.service';
import { canManage } from './survey-access';
import { textIn } from './survey-definitions';
import { effectiveStatus } from './survey.mapper';
import { SurveysRepository, type ClaimedSurveyReminder } from './surveys.repository';

export const SEND_SURVEY_REMINDERS_JOB = 'surveys.send-reminders';

/**
 * Reminders to people asked who have not answered, in their language: 3 and 7 days after a survey
 * opens (a pg-boss cron, once across replicas), and one more when a coordinator asks for it. As with
 * session reminders the database decides that each goes out once: claiming inserts (survey, person,
 * step) with ON CONFLICT DO NOTHING in the transaction of its outbox mail. A closed survey sends none.
 */
@Injectable()
export class SurveyRemindersService {
  constructor(
    private readonly repo: SurveysRepository,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    jobs: JobQueue,
  ) {
    jobs.define({
      name: SEND_SURVEY_REMINDERS_JOB,
      cron: '17 * * * *',
      handler: async () => void (await this.sendDue(new Date())),
    });
  }

  /** Sends the reminders due at `now`; answers how many were sent. */
  async sendDue(now: Date): Promise<number> {
    const ids = await this.repo.transaction(async (m) => this.queue(m, await this.repo.claimReminders(m, now)));
    await this.mail.dispatch(ids);
    return ids.length;
  }

  /** One more reminder of an open survey to everyone asked who has not answered (once per person). */
  async remindNow(viewer: Viewer, surveyId: string, requestId: string): Promise<number> {
    const ids = await this.repo.transaction(async (m) => {
      const row = await this.repo.survey(m, surveyId, 'FOR SHARE');
      if (!row) throw Errors.notFound('Survey');
      if (!canManage(viewer, row)) throw Errors.forbidden();
      if (effectiveStatus(row) !== 'OPEN') throw Errors.conflict('Only an open survey sends reminders.');
      const sent = await this.queue(m, await this.repo.claimReminders(m, new Date(), surveyId));
      await this.audit.record(m, {
        actorPersonId: viewer.personId,
        operation: 'remindSurvey',
        targetType: 'Survey',
        targetId: surveyId,
        summary: `Sent ${sent.length} reminder(s)${row.module_code ? ` for ${row.module_code}` : ''}`,
        requestId,
      });
      return sent;
    });
    await this.mail.dispatch(ids);
    return ids.length;
  }

  private async queue(m: EntityManager, claimed: ClaimedSurveyReminder[]): Promise<string[]> {
    if (!claimed.length) return [];
    const people = new Map(
      (
        await this.repo.recipients(
          m,
          claimed.map((c) => c.person_id),
        )
      ).map((p) => [p.id, p]),
    );
    const surveys = new Map<string, Awaited<ReturnType<SurveysRepository['survey']>>>();
    for (const id of new Set(claimed.map((c) => c.survey_id))) surveys.set(id, await this.repo.survey(m, id));
    const base = publicBaseUrl(this.config);
    return this.mail.queueMany(
      m,
      claimed.flatMap((c) => {
        const person = people.get(c.person_id);
        const survey = surveys.get(c.survey_id);
        if (!person || !survey) return [];
        const language = person.preferred_language;
        return [
          {
            to: person.email,
            recipientPersonId: person.id,
            language,
            kind: 'SURVEY_REMINDER' as const,
            params: {
              givenName: person.given_name,
              surveyTitle: textIn(survey.title, language).value,
              about: survey.module_title ? textIn(survey.module_title, language).value : '',
              link: `${base}/my-surveys/${survey.id}`,
            },
          },
        ];
      }),
    );
  }
}
