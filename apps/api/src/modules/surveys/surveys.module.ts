import { Module } from '@nestjs/common';
import { SessionSurveys } from './session-surveys.service';
import { SurveyExportsController } from './survey-exports.controller';
import { SurveyRemindersService } from './survey-reminders.service';
import { SurveyResultsService } from './survey-results.service';
import { SurveyTemplatesService } from './survey-templates.service';
import { SurveysRepository } from './surveys.repository';
import { SurveysResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';

/** Surveys: templates, the feedback of sessions, anonymous responses and k-anonymous results. */
@Module({
  controllers: [SurveyExportsController],
  providers: [
    SurveysRepository,
    SurveysService,
    SurveyResultsService,
    SurveyTemplatesService,
    SurveyRemindersService,
    SessionSurveys,
    SurveysResolver,
  ],
  exports: [SessionSurveys, SurveyRemindersService, SurveyResultsService],
})
export class SurveysModule {}
