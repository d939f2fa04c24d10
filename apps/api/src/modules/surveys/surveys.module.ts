import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { SessionSurveys } from './session-surveys.service';
import { SurveyExportsController } from './survey-exports.controller';
import { SurveyInvitationsRepository } from './survey-invitations.repository';
import { SurveyInvitationsResolver } from './survey-invitations.resolver';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyRemindersService } from './survey-reminders.service';
import { SurveyResultsService } from './survey-results.service';
import { SurveyTemplatesService } from './survey-templates.service';
import { SurveysRepository } from './surveys.repository';
import { SurveysResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';

/** Surveys: templates, the feedback of sessions, anonymous responses and k-anonymous results. */
@Module({
  imports: [AuthModule],
  controllers: [SurveyExportsController],
  providers: [
    SurveysRepository,
    SurveysService,
    SurveyResultsService,
    SurveyTemplatesService,
    SurveyRemindersService,
    SessionSurveys,
    SurveysResolver,
    SurveyInvitationsRepository,
    SurveyInvitationsService,
    SurveyInvitationsResolver,
  ],
  exports: [SessionSurveys, SurveyRemindersService],
})
export class SurveysModule {}
